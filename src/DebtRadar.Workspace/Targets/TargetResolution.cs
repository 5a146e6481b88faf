using System.Collections.Immutable;

namespace DebtRadar.Workspace.Targets;

/// <summary>A target that could not be resolved.</summary>
/// <param name="Kind">Usage error or nothing to scan.</param>
/// <param name="Message">One line for the user.</param>
public sealed record TargetError(TargetErrorKind Kind, string Message)
{
    /// <summary>The CLI exit code for this error: 2 for usage, 3 for nothing to scan.</summary>
    public int ExitCode => Kind == TargetErrorKind.Usage ? 2 : 3;
}

/// <summary>
/// The outcome of <see cref="TargetResolver.Resolve"/>: either a resolved target or an error,
/// never both.
/// </summary>
/// <param name="Kind">What the target is (meaningless when <see cref="Error"/> is set).</param>
/// <param name="TargetPath">Absolute path of the solution file, the single project file, or the folder.</param>
/// <param name="ProjectFiles">For <see cref="TargetKind.Projects"/>: the absolute project paths, sorted; else empty.</param>
/// <param name="RepositoryRoot">Nearest ancestor holding <c>.git</c>, else the target's folder.</param>
/// <param name="Error">Why resolution failed, or null.</param>
public sealed record TargetResolution(
    TargetKind Kind,
    string TargetPath,
    ImmutableArray<string> ProjectFiles,
    string RepositoryRoot,
    TargetError? Error)
{
    /// <summary>True when a target was found.</summary>
    public bool Succeeded => Error is null;

    internal static TargetResolution Fail(TargetErrorKind kind, string path, string message) =>
        new(TargetKind.LooseFolder, path, [], string.Empty, new TargetError(kind, message));
}

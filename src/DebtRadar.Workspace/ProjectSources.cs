using DebtRadar.Core.Scanning;
using DebtRadar.Workspace.MSBuild;
using DebtRadar.Workspace.SyntaxOnly;
using DebtRadar.Workspace.Targets;

namespace DebtRadar.Workspace;

/// <summary>Creates the <see cref="IProjectSource"/> the scan engine reads projects from.</summary>
public static class ProjectSources
{
    /// <summary>
    /// A source for a resolved target. Nothing is loaded until the engine enumerates it; a
    /// project that cannot be loaded becomes a syntax-only project with a diagnostic.
    /// </summary>
    /// <param name="target">A successful result of <see cref="TargetResolver.Resolve"/>.</param>
    /// <param name="options">Full or syntax-only, framework choice, MSBuild timeout.</param>
    public static IProjectSource Create(TargetResolution target, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        if (!target.Succeeded)
        {
            throw new ArgumentException($"The target did not resolve: {target.Error!.Message}", nameof(target));
        }

        return options.SyntaxOnly
            ? new SyntaxOnlyProjectSource(target, options)
            : new FullProjectSource(target, options);
    }
}

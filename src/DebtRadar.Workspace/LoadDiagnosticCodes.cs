namespace DebtRadar.Workspace;

/// <summary>The stable <c>Code</c> values of the diagnostics this loader reports.</summary>
public static class LoadDiagnosticCodes
{
    /// <summary>Info: how long a project (or the MSBuild evaluation of the target) took to load.</summary>
    public const string Timing = "load.timing";

    /// <summary>Info: the load cache was used, missed (and why), stored, or ignored (docs/decisions/0040).</summary>
    public const string Cache = "load.cache";

    /// <summary>Info: which framework of a multi-targeted project was measured, or a requested one it lacks.</summary>
    public const string Framework = "load.framework";

    /// <summary>Info: a loose folder of files was scanned as one project.</summary>
    public const string LooseFolder = "load.loose-folder";

    /// <summary>Info: a NuGet restore warning reported during evaluation; nothing was lost.</summary>
    public const string NuGetWarning = "load.nuget-warning";

    /// <summary>Info: the project was not restored; references may be missing.</summary>
    public const string NotRestored = "load.not-restored";

    /// <summary>Info: a framework's reference assemblies are not installed (e.g. .NET Framework on Linux).</summary>
    public const string TargetingPackMissing = "load.targeting-pack-missing";

    /// <summary>Info: another warning from MSBuild evaluation.</summary>
    public const string WorkspaceWarning = "load.workspace-warning";

    /// <summary>Warning: an MSBuild failure that is not known to be harmless.</summary>
    public const string WorkspaceFailure = "load.workspace-failure";

    /// <summary>Error: the solution file could not be read.</summary>
    public const string SolutionUnreadable = "load.solution-unreadable";

    /// <summary>Warning: the solution names no C# project (empty, or not a solution file at all).</summary>
    public const string SolutionEmpty = "load.solution-empty";

    /// <summary>Warning: the solution names a project file that does not exist.</summary>
    public const string ProjectMissing = "load.project-missing";

    /// <summary>Warning: a project file is not well-formed XML.</summary>
    public const string ProjectXml = "load.project-xml";

    /// <summary>Warning: MSBuild could not load a project; its files were parsed syntax-only.</summary>
    public const string ProjectFailed = "load.project-failed";

    /// <summary>Warning: no usable .NET SDK for MSBuild; everything was loaded syntax-only.</summary>
    public const string MSBuildUnavailable = "load.msbuild-unavailable";

    /// <summary>Warning: MSBuild evaluation took longer than the load timeout.</summary>
    public const string Timeout = "load.timeout";

    /// <summary>Warning: a project had no metadata references; the SDK's reference pack was used instead.</summary>
    public const string ReferencePack = "load.reference-pack";

    /// <summary>Warning: many type names did not resolve; semantic metrics are degraded.</summary>
    public const string UnresolvedTypes = "load.unresolved-types";

    /// <summary>Warning: project references form a cycle; one edge was ignored for ordering.</summary>
    public const string ReferenceCycle = "load.reference-cycle";

    /// <summary>Warning: a source file could not be read.</summary>
    public const string FileUnreadable = "load.file-unreadable";

    /// <summary>Warning: a source file nests deeper than any parser stack can safely hold; it was not parsed.</summary>
    public const string FileTooDeep = "load.file-too-deep";

    /// <summary>Info: a referenced project's declarations could not be handed to its dependents.</summary>
    public const string ReferenceUnavailable = "load.reference-unavailable";
}

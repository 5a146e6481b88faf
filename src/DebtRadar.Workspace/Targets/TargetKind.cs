namespace DebtRadar.Workspace.Targets;

/// <summary>What a scan target turned out to be.</summary>
public enum TargetKind
{
    /// <summary>A <c>.sln</c> or <c>.slnx</c> file.</summary>
    Solution,

    /// <summary>One <c>.csproj</c>, or every project below a folder that holds no solution.</summary>
    Projects,

    /// <summary>A folder with no project: its <c>*.cs</c> files form one loose project.</summary>
    LooseFolder,
}

/// <summary>Why a target could not be resolved; the CLI maps it to an exit code.</summary>
public enum TargetErrorKind
{
    /// <summary>The path is wrong or ambiguous (exit code 2).</summary>
    Usage,

    /// <summary>The path exists but holds nothing to scan (exit code 3).</summary>
    NothingToScan,
}

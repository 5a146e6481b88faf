namespace DebtRadar.History.Git;

/// <summary>
/// Options put before every git command so that user configuration cannot change the output we parse:
/// unquoted non-ASCII paths, no pager, no signatures, no external diff, fixed prefixes.
/// </summary>
internal static class GitArguments
{
    public static IReadOnlyList<string> With(params string[] command)
    {
        string[] prefix =
        [
            "-c", "core.quotepath=false",
            "-c", "log.showSignature=false",
            "-c", "log.showRoot=true",
            "-c", "diff.noprefix=false",
            "-c", "diff.mnemonicPrefix=false",
            "--no-pager",
        ];
        return [.. prefix, .. command];
    }
}

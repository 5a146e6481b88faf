using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests.Reliability;

/// <summary>
/// A database the user may not write: every command ends with one line and exit code 2, and the file
/// stays byte for byte as it was. As root the CLI runs as nobody, since root ignores permission bits.
/// </summary>
public sealed class ReadOnlyDatabaseTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [PermissionFact]
    public async Task Scan_DatabaseInReadOnlyFolder_OneLineExitTwoAndFileUnchanged()
    {
        using var folder = new PermissionFolder();
        var database = await RecordedDatabaseAsync(folder);
        File.Delete(database + ".lock");
        MakeReadOnly(folder, database, PermissionFolder.ReadOnlyFolder);
        var before = (PermissionFolder.Sha256(database), PermissionFolder.Listing(Path.GetDirectoryName(database)!));

        var (code, _, error, _) = await CliProcess.RunAsync(["scan", Path.Combine(folder.Path, "repo"), "--syntax-only", "--no-history", "--db", database], Timeout, unprivileged: true);

        Assert.Equal(ExitCodes.Usage, code);
        AssertOneLine(error, "write access to the database's folder");
        Assert.Equal(before, (PermissionFolder.Sha256(database), PermissionFolder.Listing(Path.GetDirectoryName(database)!)));
    }

    [PermissionFact]
    public async Task Scan_ReadOnlyDatabaseFileInWritableFolder_OneLineExitTwoAndFileUnchanged()
    {
        using var folder = new PermissionFolder();
        var database = await RecordedDatabaseAsync(folder);
        File.Delete(database + ".lock");
        MakeReadOnly(folder, database, PermissionFolder.OpenFolder);
        var hash = PermissionFolder.Sha256(database);

        var (code, _, error, _) = await CliProcess.RunAsync(["scan", Path.Combine(folder.Path, "repo"), "--syntax-only", "--no-history", "--db", database], Timeout, unprivileged: true);

        Assert.Equal(ExitCodes.Usage, code);
        AssertOneLine(error, "is read-only for this user");
        Assert.Equal(hash, PermissionFolder.Sha256(database));
        Assert.False(File.Exists(database.Replace(".db", "-log.db", StringComparison.Ordinal)), "a LiteDB log file was created beside the read-only database");
    }

    // Reading commands lock the database too, so they need the same write access (threat model).
    [PermissionFact]
    public Task Trend_ReadOnlyDatabaseAndFolder_OneLineExitTwoAndFileUnchanged() => ReadCommandFailsCleanlyAsync("trend");

    [PermissionFact]
    public Task Report_ReadOnlyDatabaseAndFolder_OneLineExitTwoAndFileUnchanged() => ReadCommandFailsCleanlyAsync("report");

    [PermissionFact]
    public Task History_ReadOnlyDatabaseAndFolder_OneLineExitTwoAndFileUnchanged() => ReadCommandFailsCleanlyAsync("history");

    private static async Task ReadCommandFailsCleanlyAsync(string command)
    {
        using var folder = new PermissionFolder();
        var database = await RecordedDatabaseAsync(folder);
        MakeReadOnly(folder, database, PermissionFolder.ReadOnlyFolder);
        var before = (PermissionFolder.Sha256(database), PermissionFolder.Listing(Path.GetDirectoryName(database)!));

        var (code, _, error, _) = await CliProcess.RunAsync([command, "--db", database], Timeout, unprivileged: true);

        Assert.Equal(ExitCodes.Usage, code);
        AssertOneLine(error, "cannot be opened");
        Assert.Equal(before, (PermissionFolder.Sha256(database), PermissionFolder.Listing(Path.GetDirectoryName(database)!)));
    }

    /// <summary>One snapshot recorded by the test's own user, in <c>db/debtradar.db</c>.</summary>
    private static async Task<string> RecordedDatabaseAsync(PermissionFolder folder)
    {
        folder.Write("repo/Orders.cs", Samples.Orders);
        var database = Path.Combine(folder.Path, "db", "debtradar.db");
        var (code, _, error) = await CliRunner.RunAsync("scan", Path.Combine(folder.Path, "repo"), "--syntax-only", "--no-history", "--db", database);
        Assert.True(code == 0, error);
        Assert.True(File.Exists(database));
        return database;
    }

    private static void MakeReadOnly(PermissionFolder folder, string database, UnixFileMode databaseFolderMode)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(database, PermissionFolder.ReadOnlyFile);
        File.SetUnixFileMode(Path.GetDirectoryName(database)!, databaseFolderMode);
        File.SetUnixFileMode(Path.Combine(folder.Path, "repo"), PermissionFolder.ReadOnlyFolder);
    }

    private static void AssertOneLine(string error, string expected)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length == 1, $"expected one line on stderr, got:\n{error}");
        Assert.StartsWith("debtradar: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", lines[0], StringComparison.Ordinal);
    }
}

using System.Security.Cryptography;

namespace DebtRadar.Cli.Tests.Reliability;

/// <summary>
/// A temporary folder every user may enter and read (temp subfolders are private by default), so a
/// CLI run as nobody meets only the permissions a test sets; restored to writable for deletion.
/// </summary>
internal sealed class PermissionFolder : IDisposable
{
    public const UnixFileMode ReadOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
    public const UnixFileMode OpenFolder = ReadOnlyFolder | UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
    public const UnixFileMode ReadOnlyFile = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode OwnerFolder = ReadOnlyFolder | UnixFileMode.UserWrite;

    public PermissionFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "debtradar-perm-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path, OwnerFolder);
        }
    }

    public string Path { get; }

    public string Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public static string Sha256(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));

    /// <summary>Every file under the folder with its size: what "nothing was added or changed" compares.</summary>
    public static string Listing(string folder) =>
        string.Join('\n', Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Select(e => $"{System.IO.Path.GetRelativePath(folder, e)} {(File.Exists(e) ? new FileInfo(e).Length : -1)}")
            .Order(StringComparer.Ordinal));

    public void Dispose()
    {
        try
        {
            if (!OperatingSystem.IsWindows())
            {
                foreach (var dir in Directory.EnumerateDirectories(Path, "*", SearchOption.AllDirectories).Prepend(Path))
                {
                    File.SetUnixFileMode(dir, OwnerFolder);
                }
            }

            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temp folder is not a test failure.
        }
    }
}

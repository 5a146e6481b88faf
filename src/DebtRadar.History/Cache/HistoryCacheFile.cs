using System.Text;
using DebtRadar.History.Git;

namespace DebtRadar.History.Cache;

/// <summary>
/// The history cache on disk (<c>.debtradar/history-cache.bin</c> by default): one <see cref="CommitRecord"/>
/// per commit ever read, keyed by commit id, so a repository read before costs only its new commits. Binary,
/// versioned, written atomically (a temporary file, then a rename). A missing file is an empty cache; an
/// unreadable, corrupt, foreign or stale one is an empty cache with a note, never an error.
/// </summary>
internal static class HistoryCacheFile
{
    /// <summary>Bump when <see cref="CommitRecord"/>, the git options behind it or the layout change.</summary>
    public const int FormatVersion = 1;

    public const string FileName = "history-cache.bin";

    private static readonly byte[] Magic = "DRHISTC\n"u8.ToArray();

    public static string DefaultPath(string repositoryRoot) => Path.Combine(repositoryRoot, ".debtradar", FileName);

    public static (Dictionary<string, CommitRecord> Commits, string? Note) Read(string file, string fingerprint)
    {
        var empty = new Dictionary<string, CommitRecord>(StringComparer.Ordinal);
        if (!File.Exists(file))
        {
            return (empty, null);
        }

        try
        {
            using var stream = new BufferedStream(File.OpenRead(file), 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            var magic = reader.ReadBytes(Magic.Length);
            if (!magic.AsSpan().SequenceEqual(Magic))
            {
                return (empty, $"history cache {file} ignored: not a DebtRadar history cache");
            }

            if (reader.ReadInt32() != FormatVersion)
            {
                return (empty, $"history cache {file} ignored: written by another version; it is rebuilt");
            }

            if (reader.ReadString() != fingerprint)
            {
                return (empty, $"history cache {file} ignored: .mailmap changed since it was written; it is rebuilt");
            }

            return (ReadCommits(reader), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or ArgumentException or OverflowException)
        {
            return (empty, $"history cache {file} ignored, unreadable ({e.GetType().Name}: {e.Message.Split('\n', 2)[0]}); it is rebuilt");
        }
    }

    /// <summary>Writes atomically; returns why it could not, or null.</summary>
    public static string? Write(string file, string fingerprint, IEnumerable<CommitRecord> commits)
    {
        var temporary = file + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using (var stream = new BufferedStream(File.Create(temporary), 1 << 16))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(fingerprint);
                WriteCommits(writer, commits.ToList());
            }

            File.Move(temporary, file, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            TryDelete(temporary);
            return $"{e.GetType().Name}: {e.Message.Split('\n', 2)[0]}";
        }
    }

    private static void WriteCommits(BinaryWriter writer, List<CommitRecord> commits)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var table = new List<string>();
        int Index(string text)
        {
            if (!strings.TryGetValue(text, out var index))
            {
                index = table.Count;
                strings.Add(text, index);
                table.Add(text);
            }

            return index;
        }

        foreach (var commit in commits)
        {
            Index(commit.Author);
            foreach (var change in commit.CSharp.Concat(commit.Touched))
            {
                Index(change.Path);
                if (change.OldPath is { } old)
                {
                    Index(old);
                }
            }
        }

        writer.Write7BitEncodedInt(table.Count);
        foreach (var text in table)
        {
            writer.Write(text);
        }

        writer.Write7BitEncodedInt(commits.Count);
        foreach (var commit in commits)
        {
            var sha = Convert.FromHexString(commit.Sha);
            writer.Write((byte)sha.Length);
            writer.Write(sha);
            writer.Write7BitEncodedInt(commit.Parents);
            writer.Write7BitEncodedInt(strings[commit.Author]);
            writer.Write7BitEncodedInt64(commit.CommitTime);
            WriteChanges(writer, commit.CSharp, strings, counts: true);
            WriteChanges(writer, commit.Touched, strings, counts: false);
        }
    }

    private static void WriteChanges(BinaryWriter writer, IReadOnlyList<FileChange> changes, Dictionary<string, int> strings, bool counts)
    {
        writer.Write7BitEncodedInt(changes.Count);
        foreach (var change in changes)
        {
            writer.Write7BitEncodedInt(strings[change.Path]);
            writer.Write7BitEncodedInt(change.OldPath is { } old ? strings[old] + 1 : 0);
            if (counts)
            {
                writer.Write7BitEncodedInt(change.Added);
                writer.Write7BitEncodedInt(change.Deleted);
            }
        }
    }

    private static Dictionary<string, CommitRecord> ReadCommits(BinaryReader reader)
    {
        var table = new string[Count(reader)];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = reader.ReadString();
        }

        var count = Count(reader);
        var commits = new Dictionary<string, CommitRecord>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var sha = Convert.ToHexStringLower(reader.ReadBytes(reader.ReadByte()));
            var parents = reader.Read7BitEncodedInt();
            var author = table[Index(reader, table.Length)];
            var time = reader.Read7BitEncodedInt64();
            var csharp = ReadChanges(reader, table, counts: true);
            var touched = ReadChanges(reader, table, counts: false);
            commits[sha] = new CommitRecord(sha, parents, author, time, csharp, touched);
        }

        if (reader.BaseStream.ReadByte() != -1)
        {
            throw new InvalidDataException("bytes after the last commit");
        }

        return commits;
    }

    private static FileChange[] ReadChanges(BinaryReader reader, string[] table, bool counts)
    {
        var changes = new FileChange[Count(reader)];
        for (var i = 0; i < changes.Length; i++)
        {
            var path = table[Index(reader, table.Length)];
            var old = Index(reader, table.Length + 1);
            var added = counts ? Count(reader) : 0;
            var deleted = counts ? Count(reader) : 0;
            changes[i] = new FileChange(path, old == 0 ? null : table[old - 1], added, deleted);
        }

        return changes;
    }

    /// <summary>A count can never exceed the bytes left (each item takes at least one): a corrupt count fails here, not in an allocation.</summary>
    private static int Count(BinaryReader reader)
    {
        var value = reader.Read7BitEncodedInt();
        var left = reader.BaseStream.Length - reader.BaseStream.Position;
        return value >= 0 && value <= left ? value : throw new InvalidDataException("count out of range");
    }

    private static int Index(BinaryReader reader, int limit)
    {
        var value = reader.Read7BitEncodedInt();
        return value >= 0 && value < limit ? value : throw new InvalidDataException("index out of range");
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind: a later write replaces the real file; the stray temporary is harmless.
        }
    }
}

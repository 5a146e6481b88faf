using DebtRadar.Cli.Storage;

namespace DebtRadar.Cli.Backfill;

/// <summary>
/// One detached <c>git worktree</c> in a temporary folder, moved from commit to commit
/// (docs/decisions/0047). The first <see cref="MoveTo"/> adds it; every later one removes what the
/// previous scan left that git does not track and checks the next commit out over it, so git rewrites
/// only the files that differ and the folder (and so every path a scan records and every load-cache key)
/// stays the same. Its contents are always those of a fresh checkout of the commit. Disposing removes
/// the worktree, its folder and git's record of it, also after Ctrl+C or a failed scan.
/// </summary>
internal sealed class CommitCheckout : IDisposable
{
    private readonly string _repository;
    private bool _added;

    public CommitCheckout(string repository)
    {
        _repository = repository;
        Folder = Path.Combine(Path.GetTempPath(), "debtradar-backfill-" + Guid.NewGuid().ToString("N")[..12]);
    }

    /// <summary>Where the commits are checked out.</summary>
    public string Folder { get; }

    /// <summary>Checks <paramref name="sha"/> out into <see cref="Folder"/>; false when git failed.</summary>
    public bool MoveTo(string sha)
    {
        if (!_added)
        {
            _added = GitState.Run(_repository, "worktree", "add", "--detach", "--quiet", Folder, sha) is not null;
            return _added;
        }

        // -ffdx: ignored files and nested repositories too (obj/ of a design-time build): nothing
        // of the previous commit's scan is seen by the next. --force: tracked files are overwritten
        // even if something changed them.
        return GitState.Run(Folder, "clean", "-ffdxq") is not null
               && GitState.Run(Folder, "checkout", "--detach", "--quiet", "--force", sha) is not null;
    }

    public void Dispose()
    {
        // Nothing was checked out (every commit already recorded): no git to run.
        if (!_added && !Directory.Exists(Folder))
        {
            return;
        }

        // A forced remove, then the folder (should git have failed) and git's record of it.
        GitState.Run(_repository, "worktree", "remove", "--force", Folder);
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        GitState.Run(_repository, "worktree", "prune");
    }
}

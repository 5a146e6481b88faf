namespace DebtRadar.History.Churn;

/// <summary>Running totals for one file or member while commits stream past.</summary>
internal sealed class ChurnAccumulator
{
    private readonly Dictionary<string, AuthorShare> authors = new(StringComparer.Ordinal);
    private string? lastCommit;

    public int Revisions { get; private set; }

    public int Added { get; private set; }

    public int Deleted { get; private set; }

    public long FirstTime { get; private set; } = long.MaxValue;

    public long LastTime { get; private set; } = long.MinValue;

    public int AuthorCount => authors.Count;

    /// <summary>Adds one change; a second change in the same commit (two old names of one file) adds lines, not a revision.</summary>
    public void Add(string commit, string author, long time, int added, int deleted)
    {
        var share = authors.GetValueOrDefault(author);
        if (!string.Equals(commit, lastCommit, StringComparison.Ordinal))
        {
            lastCommit = commit;
            Revisions++;
            share = share with { Revisions = share.Revisions + 1 };
            FirstTime = Math.Min(FirstTime, time);
            LastTime = Math.Max(LastTime, time);
        }

        authors[author] = share with { Added = share.Added + added };
        Added += added;
        Deleted += deleted;
    }

    /// <summary>code-maat's main developer: most lines added; ties go to more revisions, then ordinal name.</summary>
    public (string Author, double Share) MainAuthor()
    {
        var best = authors
            .OrderByDescending(a => a.Value.Added)
            .ThenByDescending(a => a.Value.Revisions)
            .ThenBy(a => a.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Key is null ? (string.Empty, 0) : (best.Key, Added == 0 ? 0 : (double)best.Value.Added / Added);
    }

    /// <summary>code-maat's fractal value: 1 − Σ(author revisions / revisions)².</summary>
    public double Fragmentation()
    {
        if (Revisions == 0)
        {
            return 0;
        }

        var sum = 0.0;
        foreach (var share in authors.Values)
        {
            var fraction = (double)share.Revisions / Revisions;
            sum += fraction * fraction;
        }

        return 1 - sum;
    }

    private readonly record struct AuthorShare(int Revisions, int Added);
}

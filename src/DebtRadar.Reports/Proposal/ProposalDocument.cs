using System.Collections.Immutable;

namespace DebtRadar.Reports.Proposal;

/// <summary>One file of a proposal: <c>proposal.md</c> or a chart next to it.</summary>
/// <param name="Name">File name, relative to the output folder.</param>
/// <param name="Content">Its text (LF line endings, invariant culture).</param>
public sealed record ProposalFile(string Name, string Content);

/// <summary>Turns packs into the files of a proposal: a pure function, the same bytes on every machine.</summary>
public static class ProposalDocument
{
    /// <summary>File name of the Markdown document.</summary>
    public const string MarkdownName = "proposal.md";

    /// <summary>The pack's document and charts; with <paramref name="before"/>, a before/after section too.</summary>
    public static ImmutableArray<ProposalFile> Render(ProposalPack pack, ProposalPack? before = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var charts = new ChartSet(TrendChart.Write(pack.Trend), ChurnChart.Write(pack.History), HotspotMapChart.Write(pack.Map));
        var files = ImmutableArray.CreateBuilder<ProposalFile>();
        files.Add(new ProposalFile(MarkdownName, ProposalMarkdown.Write(pack, charts, before)));
        AddCharts(files, charts);
        return files.ToImmutable();
    }

    /// <summary>The short sections of the best candidates, with one map marking all of them.</summary>
    public static ImmutableArray<ProposalFile> RenderTop(ImmutableArray<ProposalPack> packs)
    {
        if (packs.IsEmpty)
        {
            throw new ArgumentException("At least one candidate is needed.", nameof(packs));
        }

        var candidates = packs.SelectMany(p => p.Scope.Files).ToHashSet(StringComparer.Ordinal);
        var map = packs[0].Map with { Points = [.. packs[0].Map.Points.Select(p => p with { IsTarget = candidates.Contains(p.Path) })] };
        var charts = new ChartSet(null, null, HotspotMapChart.Write(map));
        var files = ImmutableArray.CreateBuilder<ProposalFile>();
        files.Add(new ProposalFile(MarkdownName, TopMarkdown.Write(packs, charts)));
        AddCharts(files, charts);
        return files.ToImmutable();
    }

    private static void AddCharts(ImmutableArray<ProposalFile>.Builder files, ChartSet charts)
    {
        if (charts.Trend is { } trend)
        {
            files.Add(new ProposalFile(ChartSet.TrendName, trend));
        }

        if (charts.Churn is { } churn)
        {
            files.Add(new ProposalFile(ChartSet.ChurnName, churn));
        }

        if (charts.Map is { } map)
        {
            files.Add(new ProposalFile(ChartSet.MapName, map));
        }
    }
}

/// <summary>The charts that could be drawn; null where the data does not allow one.</summary>
internal sealed record ChartSet(string? Trend, string? Churn, string? Map)
{
    public const string TrendName = "trend.svg";
    public const string ChurnName = "churn.svg";
    public const string MapName = "map.svg";
}

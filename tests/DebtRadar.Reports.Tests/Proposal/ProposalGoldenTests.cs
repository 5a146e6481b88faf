using System.Globalization;
using System.Runtime.CompilerServices;
using DebtRadar.Reports.Proposal;

namespace DebtRadar.Reports.Tests.Proposal;

/// <summary>
/// The proposal's Markdown and SVG, byte for byte. Set <c>DEBTRADAR_UPDATE_GOLDEN=1</c> to rewrite the
/// golden files on purpose, then review them as a diff. Each case runs under the invariant culture and
/// under de-DE (decimal comma): the output must not change.
/// </summary>
public sealed class ProposalGoldenTests
{
    public static TheoryData<string> Cultures => new() { "", "de-DE" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Render_FullPack_MatchesGoldenFiles(string culture) =>
        InCulture(culture, () => AssertGolden("full", ProposalDocument.Render(ProposalFixture.Pack())));

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Render_WithoutHistory_ExplainsEveryMissingChart(string culture) =>
        InCulture(culture, () => AssertGolden("no-history", ProposalDocument.Render(ProposalFixture.WithoutHistory())));

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Render_Compare_MatchesGoldenFiles(string culture) =>
        InCulture(culture, () => AssertGolden("compare", ProposalDocument.Render(ProposalFixture.Pack(15, 600, 150), ProposalFixture.Pack())));

    [Theory]
    [MemberData(nameof(Cultures))]
    public void RenderTop_TwoCandidates_MatchesGoldenFiles(string culture) =>
        InCulture(culture, () => AssertGolden("top", ProposalDocument.RenderTop([ProposalFixture.Pack(), ProposalFixture.Pack() with { Heading = ProposalFixture.Pack().Heading with { Target = "src/Util/Text.cs" } }])));

    private static void AssertGolden(string name, IEnumerable<ProposalFile> files)
    {
        var folder = Path.Combine(SourceFolder(), "Golden", name);
        var update = Environment.GetEnvironmentVariable("DEBTRADAR_UPDATE_GOLDEN") == "1";
        var produced = files.ToList();
        if (update)
        {
            Directory.CreateDirectory(folder);
            foreach (var stale in Directory.GetFiles(folder))
            {
                File.Delete(stale);
            }

            foreach (var file in produced)
            {
                File.WriteAllText(Path.Combine(folder, file.Name), file.Content);
            }
        }

        Assert.Equal(
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            produced.Select(f => f.Name).Order(StringComparer.Ordinal));
        foreach (var file in produced)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(folder, file.Name)), file.Content);
        }
    }

    private static void InCulture(string name, Action action)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

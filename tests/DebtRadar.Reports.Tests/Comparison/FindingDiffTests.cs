using DebtRadar.Core.Model;
using DebtRadar.Reports.Comparison;

namespace DebtRadar.Reports.Tests.Comparison;

public sealed class FindingDiffTests
{
    private static Finding F(string fingerprint, string path = "src/A.cs", int line = 5, string rule = "DR1001", string member = "Run()", string message = "too complex", double minutes = 10) =>
        new(rule, FindingSeverity.Warning, "complexity", path, line, 1, "Shop.A", member, message, minutes, fingerprint);

    [Fact]
    public void Compare_SameFingerprintOnAnotherLine_IsExisting()
    {
        var diff = FindingDiff.Compare([F("fp1", line: 5)], [F("fp1", line: 40)]);

        Assert.Empty(diff.New);
        Assert.Empty(diff.Fixed);
        Assert.Equal(1, diff.Existing);
        Assert.Equal(0, diff.Moved);
    }

    [Fact]
    public void Compare_FingerprintTwiceAgainstOnce_OneIsNew()
    {
        var diff = FindingDiff.Compare([F("fp1")], [F("fp1"), F("fp1", line: 9)]);

        var added = Assert.Single(diff.New);
        Assert.Equal(9, added.Line);
        Assert.Empty(diff.Fixed);
    }

    [Fact]
    public void Compare_FindingGone_IsFixedWithItsMinutes()
    {
        var diff = FindingDiff.Compare([F("fp1", minutes: 12), F("fp2", member: "Other()", minutes: 3)], [F("fp1", minutes: 12)]);

        Assert.Equal("fp2", Assert.Single(diff.Fixed).Fingerprint);
        Assert.Equal(3, diff.FixedDebtMinutes);
        Assert.Equal(0, diff.NewDebtMinutes);
    }

    [Fact]
    public void Compare_SameMemberMovedToAnotherFile_IsExistingAndCountedAsMoved()
    {
        var diff = FindingDiff.Compare([F("fp-old", path: "src/A.cs")], [F("fp-new", path: "src/B.cs")]);

        Assert.Empty(diff.New);
        Assert.Empty(diff.Fixed);
        Assert.Equal(1, diff.Moved);
    }

    [Fact]
    public void Compare_AnotherFileWithAnotherMessage_IsNewAndFixed()
    {
        var diff = FindingDiff.Compare([F("fp-old", path: "src/A.cs", message: "cc 11")], [F("fp-new", path: "src/B.cs", message: "cc 14")]);

        Assert.Single(diff.New);
        Assert.Single(diff.Fixed);
        Assert.Equal(0, diff.Moved);
    }

    [Fact]
    public void Compare_NewFindings_AddTheirMinutesRoundedToATenth()
    {
        var diff = FindingDiff.Compare([], [F("a", minutes: 10.25), F("b", member: "B()", minutes: 5.1)]);

        Assert.Equal(15.4, diff.NewDebtMinutes);
    }
}

using System.Text;
using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests.Reports;

/// <summary>A file name that a spreadsheet would run as a formula stays text in every CSV the CLI writes.</summary>
public sealed class HostileCsvTests
{
    private const string Hostile = "=HYPERLINK(\"evil.example\",\"open\").cs";

    private const string Source = """
        namespace Shop;

        public class Odd
        {
            public int Grade(int score)
            {
                // TODO: grade on a curve
                return score > 50 ? 1 : 2;
            }
        }

        """;

    [Theory]
    [InlineData("file")]
    [InlineData("member")]
    [InlineData("findings")]
    public async Task Export_FormulaFileName_OpensAsText(string level)
    {
        using var folder = new TempFolder();
        folder.Write(Hostile, Source);
        var csv = Path.Combine(folder.Path, "out.csv");
        var (scanCode, _, _) = await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--no-history", "--db", Path.Combine(folder.Path, "db", "d.db"));
        var (code, _, _) = await CliRunner.RunAsync("report", "--db", Path.Combine(folder.Path, "db", "d.db"), "--level", level, "--out", csv);

        Assert.Equal((0, 0), (scanCode, code));
        var rows = Parse(await File.ReadAllTextAsync(csv));
        var fileColumn = Array.IndexOf(rows[0], "file");
        Assert.Equal("'" + Hostile, rows[1][fileColumn]);
        Assert.All(rows.SelectMany(r => r), cell => Assert.DoesNotMatch("^[=+\\-@\\t\\r]", cell));
        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
    }

    [Fact]
    public async Task ScanOut_FormulaFileName_OpensAsText()
    {
        using var folder = new TempFolder();
        folder.Write(Hostile, Source);
        var csv = Path.Combine(folder.Path, "out.csv");

        var (code, _, _) = await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--no-db", "--level", "file", "--out", csv);

        Assert.Equal(0, code);
        Assert.Equal("'" + Hostile, Parse(await File.ReadAllTextAsync(csv))[1][1]);
    }

    /// <summary>RFC 4180 as a spreadsheet reads it: quoted cells, doubled quotes, \n rows.</summary>
    private static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }
}

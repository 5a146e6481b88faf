using System.Globalization;
using CoreRange = DebtRadar.Core.Debt.Range;

namespace DebtRadar.Reports.Proposal;

/// <summary>How the pack writes numbers: invariant culture, ranges with an en dash, no bare precision the inputs do not have.</summary>
internal static class Fmt
{
    public static string N(double value, string format = "0.#") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Pct(double share) => N(share * 100, "0");

    public static string Hours(double hours) => N(hours, hours < 10 ? "0.#" : "0");

    public static string Money(double amount) => N(Math.Round(amount, 0), "#,0");

    public static string Range(CoreRange range, Func<double, string> format, string unit) =>
        format(range.Low) + "–" + format(range.High) + unit;

    /// <summary>A breaking point in months below two years, else years.</summary>
    public static string Payback(CoreRange years) =>
        years.High < 2
            ? N(years.Low * 12, "0.#") + "–" + N(years.High * 12, "0.#") + " months"
            : N(years.Low, "0.#") + "–" + N(years.High, "0.#") + " years";

    public static string Date(DateTimeOffset? value) => value?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";

    public static string Short(string? commit) => commit is null ? "no commit" : commit[..Math.Min(7, commit.Length)];

    /// <summary>Markdown table cell: pipes escaped, line breaks flattened.</summary>
    public static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>Inline code that survives backticks in the text.</summary>
    public static string Code(string text) => text.Contains('`', StringComparison.Ordinal) ? "``" + text + "``" : "`" + text + "`";
}

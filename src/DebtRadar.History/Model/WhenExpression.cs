using System.Globalization;

namespace DebtRadar.History.Model;

/// <summary>
/// A window bound as the user writes it: a calendar date (<c>2024-01-31</c>, UTC) or a span back from the
/// analysed commit's date (<c>12.months</c>, <c>90.days</c>, <c>2.weeks</c>, <c>1.year</c>). A span never
/// refers to the wall clock, so the same commit always gives the same window.
/// </summary>
public sealed record WhenExpression
{
    private WhenExpression(string text, DateOnly? date, int amount, SpanUnit unit)
    {
        Text = text;
        Date = date;
        Amount = amount;
        Unit = unit;
    }

    /// <summary>The text as written.</summary>
    public string Text { get; }

    private DateOnly? Date { get; }

    private int Amount { get; }

    private SpanUnit Unit { get; }

    /// <summary>The default window start: 12 months before the analysed commit.</summary>
    public static WhenExpression TwelveMonths { get; } = new("12.months", null, 12, SpanUnit.Month);

    /// <summary>Parses a date or a span; returns false with a message the user can act on.</summary>
    public static bool TryParse(string? text, out WhenExpression? value, out string? error)
    {
        value = null;
        error = null;
        var trimmed = text?.Trim() ?? string.Empty;
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = new WhenExpression(trimmed, date, 0, SpanUnit.Day);
            return true;
        }

        var dot = trimmed.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0
            && int.TryParse(trimmed.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
            && TryParseUnit(trimmed.AsSpan(dot + 1), out var unit))
        {
            value = new WhenExpression(trimmed, null, amount, unit);
            return true;
        }

        error = $"'{trimmed}' is neither a date (2024-01-31) nor a span back from the analysed commit (12.months, 90.days, 2.weeks, 1.year)";
        return false;
    }

    /// <summary>
    /// The instant this bound stands for. A date as a start is its UTC midnight; as an end it includes the
    /// whole day. A span counts back from <paramref name="analysedCommit"/>.
    /// </summary>
    public DateTimeOffset Resolve(DateTimeOffset analysedCommit, bool isEnd)
    {
        if (Date is { } date)
        {
            var midnight = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return isEnd ? midnight.AddDays(1).AddSeconds(-1) : midnight;
        }

        return Unit switch
        {
            SpanUnit.Day => analysedCommit.AddDays(-Amount),
            SpanUnit.Week => analysedCommit.AddDays(-7.0 * Amount),
            SpanUnit.Month => analysedCommit.AddMonths(-Amount),
            _ => analysedCommit.AddYears(-Amount),
        };
    }

    /// <inheritdoc/>
    public override string ToString() => Text;

    private static bool TryParseUnit(ReadOnlySpan<char> text, out SpanUnit unit)
    {
        var singular = text.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? text[..^1] : text;
        unit = singular switch
        {
            _ when singular.Equals("day", StringComparison.OrdinalIgnoreCase) => SpanUnit.Day,
            _ when singular.Equals("week", StringComparison.OrdinalIgnoreCase) => SpanUnit.Week,
            _ when singular.Equals("month", StringComparison.OrdinalIgnoreCase) => SpanUnit.Month,
            _ when singular.Equals("year", StringComparison.OrdinalIgnoreCase) => SpanUnit.Year,
            _ => (SpanUnit)(-1),
        };
        return Enum.IsDefined(unit);
    }

    private enum SpanUnit
    {
        Day,
        Week,
        Month,
        Year,
    }
}

namespace DebtRadar.Core.Debt;

/// <summary>A–E rating of a debt ratio (SQALE / SonarQube maintainability rating).</summary>
public enum DebtRating
{
    /// <summary>Ratio at most <see cref="CostModel.RatingA"/> (5 %).</summary>
    A,
    /// <summary>At most 10 %.</summary>
    B,
    /// <summary>At most 20 %.</summary>
    C,
    /// <summary>At most 50 %.</summary>
    D,
    /// <summary>Above 50 %.</summary>
    E,
}

/// <summary>
/// The numbers that turn findings into money and time (METRICS.md, "Debt, interest and business
/// case"); every default names its source, and every one can be set in <c>debtradar.json</c>.
/// </summary>
public sealed record CostModel
{
    /// <summary>Minutes it costs to write one line of code: debt ratio = remediation / (this × LOC). SonarQube's default: 30.</summary>
    public double MinutesPerLine { get; init; } = 30;

    /// <summary>Upper ratio of rating A (SonarQube default 0.05).</summary>
    public double RatingA { get; init; } = 0.05;

    /// <summary>Upper ratio of rating B (0.10).</summary>
    public double RatingB { get; init; } = 0.10;

    /// <summary>Upper ratio of rating C (0.20).</summary>
    public double RatingC { get; init; } = 0.20;

    /// <summary>Upper ratio of rating D (0.50).</summary>
    public double RatingD { get; init; } = 0.50;

    /// <summary>Mean minutes of work per change to a file, before any debt penalty (an assumption: set it from your own data).</summary>
    public double MinutesPerChange { get; init; } = 60;

    /// <summary>
    /// Extra time per change in the worst health band, low end: +124 % (Tornhill &amp; Borg,
    /// "Code Red", 2022: issue resolution in unhealthy code takes 124 % longer on average).
    /// </summary>
    public double PenaltyLow { get; init; } = 1.24;

    /// <summary>High end: up to 9× as long in the worst case (Code Red, 2022), i.e. +800 %.</summary>
    public double PenaltyHigh { get; init; } = 8.0;

    /// <summary>Changes per year assumed for a file when no history is available: low end.</summary>
    public double PriorChangesLow { get; init; } = 1;

    /// <summary>Changes per year assumed when no history is available: high end.</summary>
    public double PriorChangesHigh { get; init; } = 12;

    /// <summary>The rating of <paramref name="ratio"/>.</summary>
    public DebtRating Rate(double ratio) =>
        ratio <= RatingA ? DebtRating.A
        : ratio <= RatingB ? DebtRating.B
        : ratio <= RatingC ? DebtRating.C
        : ratio <= RatingD ? DebtRating.D
        : DebtRating.E;
}

namespace DebtRadar.Core.Model;

/// <summary>Textbook Halstead counts of one member (METRICS.md, <c>halstead</c>).</summary>
/// <param name="DistinctOperators">n1.</param>
/// <param name="DistinctOperands">n2.</param>
/// <param name="TotalOperators">N1.</param>
/// <param name="TotalOperands">N2.</param>
public sealed record HalsteadMetrics(int DistinctOperators, int DistinctOperands, int TotalOperators, int TotalOperands)
{
    /// <summary>An empty member's counts.</summary>
    public static HalsteadMetrics Empty { get; } = new(0, 0, 0, 0);

    /// <summary>Vocabulary n = n1 + n2.</summary>
    public int Vocabulary => DistinctOperators + DistinctOperands;

    /// <summary>Length N = N1 + N2.</summary>
    public int Length => TotalOperators + TotalOperands;

    /// <summary>Volume V = N · log2 n (0 for an empty vocabulary).</summary>
    public double Volume => Vocabulary == 0 ? 0 : Length * Math.Log2(Vocabulary);

    /// <summary>Difficulty D = n1 / 2 · N2 / n2 (0 when there is no operand).</summary>
    public double Difficulty => DistinctOperands == 0 ? 0 : DistinctOperators / 2.0 * TotalOperands / DistinctOperands;

    /// <summary>Effort E = D · V.</summary>
    public double Effort => Difficulty * Volume;
}

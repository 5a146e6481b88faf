using System.Collections.Immutable;

namespace DebtRadar.Core.Model;

/// <summary>
/// A file's tokens for clone detection, compact: one hash per token with identifiers and literals
/// normalised to placeholders, and the 1-based line each token starts on. It depends on the file's
/// text alone, so it is stored with the content-addressed file result and a rescan that reuses the
/// result still takes part in the solution-wide clone pass.
/// </summary>
/// <param name="Hashes">Normalised token hashes, in source order.</param>
/// <param name="Lines">The 1-based line of each token; as long as <paramref name="Hashes"/>.</param>
public sealed record TokenFingerprint(ImmutableArray<int> Hashes, ImmutableArray<int> Lines)
{
    /// <summary>No tokens (a file measured before fingerprints existed, or an empty file).</summary>
    public static TokenFingerprint Empty { get; } = new([], []);

    /// <summary>Number of tokens.</summary>
    public int Count => Hashes.IsDefault ? 0 : Hashes.Length;
}

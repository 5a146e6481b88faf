using DebtRadar.Core.Metrics.Ms;

namespace DebtRadar.Core.Metrics;

/// <summary><c>loc.exec</c>: the MS executable-lines count of a member.</summary>
/// <remarks>
/// MS counts operations whose parent is a block and that hold user-written code, nested
/// conditionals (<c>else if</c>), initializer values (parameter defaults) and the member's own
/// attributes. Syntax-only mode counts the statements of blocks that hold an expression or a jump.
/// </remarks>
internal static class ExecutableLines
{
    public static int Compute(MemberContext member) => member.IsSemantic
        ? (int)MsHalstead.Over(member.OperationBlocks).ExecutableLines
        : MsSyntax.Lines(member.Declaration).Executable;

    /// <summary>The lines MI uses: executable lines plus one per block that initialises a symbol.</summary>
    internal static int Effective(MemberContext member) => member.IsSemantic
        ? (int)MsHalstead.Over(member.OperationBlocks).EffectiveLines
        : MsSyntax.Lines(member.Declaration).Effective;
}

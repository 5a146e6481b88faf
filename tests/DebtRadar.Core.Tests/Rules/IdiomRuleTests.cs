namespace DebtRadar.Core.Tests.Rules;

/// <summary>Cases beyond the catalog examples, each from a false positive met on real code.</summary>
public sealed class IdiomRuleTests
{
    private static async Task<int> CountAsync(string id, string source, bool syntaxOnly = false) =>
        (await RuleHarness.FindingsAsync(RuleHarness.Only(null, id), syntaxOnly, ("A.cs", source))).Count(f => f.RuleId == id);

    private static async Task<List<Model.Finding>> FindingsAsync(string id, string source) =>
        [.. (await RuleHarness.FindingsAsync(RuleHarness.Only(null, id), syntaxOnly: true, ("A.cs", source))).Where(f => f.RuleId == id).OrderBy(f => f.Line)];

    [Fact]
    public async Task DR2002SyncOverAsync_ResultAfterCompletionCheck_NotFlagged()
    {
        const string source = """
            using System.Threading.Tasks;
            static class E
            {
                static Task<object?> Cast(Task<string> task) =>
                    task.Status == TaskStatus.RanToCompletion ? Task.FromResult<object?>(task.Result) : Task.FromResult<object?>(null);
                static string Block(Task<string> other) => other.Result;
            }
            """;

        Assert.Equal(1, await CountAsync("DR2002", source));
    }

    [Fact]
    public async Task DR2002SyncOverAsync_GetAwaiterGetResultSyntaxOnly_Flagged()
    {
        const string source = """
            using System.Threading.Tasks;
            class C { int Get(Task<int> t) => t.GetAwaiter().GetResult(); }
            """;

        Assert.Equal(1, await CountAsync("DR2002", source, syntaxOnly: true));
    }

    [Fact]
    public async Task DR2003UnawaitedTask_ContinueWithAndDiscard_NotFlagged()
    {
        const string source = """
            using System.Threading.Tasks;
            class C
            {
                void Run(Task t)
                {
                    t.ContinueWith(_ => { });
                    _ = Task.Delay(1);
                    Task.Delay(2);
                }
            }
            """;

        Assert.Equal(1, await CountAsync("DR2003", source));
    }

    [Fact]
    public async Task DR3002CatchAllSwallows_WrapsForLaterThrow_NotFlagged()
    {
        const string source = """
            using System;
            class C
            {
                void Run(Exception ex)
                {
                    Exception toThrow;
                    try { toThrow = new InvalidOperationException("x"); }
                    catch { toThrow = new InvalidOperationException(ex.Message, ex); }
                    try { Run(ex); }
                    catch (Exception) { Console.WriteLine("lost"); }
                    throw toThrow;
                }
            }
            """;

        Assert.Equal(1, await CountAsync("DR3002", source));
    }

    [Fact]
    public async Task DR5004ObsoleteApi_CompilerWarningDisabled_NotFlagged()
    {
        const string source = """
            using System;
            class C
            {
                [Obsolete("internal")] public static int Old() => 1;
            #pragma warning disable CS0618
                int A() => Old();
            #pragma warning restore CS0618
            #pragma warning disable 618
                int B() => Old();
            #pragma warning restore 618
            #pragma warning disable 0618
                int E() => Old();
            #pragma warning restore 0618
                int D() => Old();
            }
            """;

        Assert.Equal(1, await CountAsync("DR5004", source));
    }

    [Fact]
    public async Task DR2001AsyncVoid_AsyncVoidLocalFunction_Flagged()
    {
        const string source = """
            using System.Threading.Tasks;
            class C
            {
                void Run()
                {
                    Go();
                    async void Go() => await Task.Yield();
                }
            }
            """;

        Assert.Equal(1, await CountAsync("DR2001", source));
        Assert.Equal(1, await CountAsync("DR2001", source, syntaxOnly: true));
    }

    [Fact]
    public async Task DR5001SelfAdmittedDebt_LowerCaseWordInProse_NotFlagged()
    {
        const string source = """
            class C
            {
                // a hack-free way; nothing todo here
                // FIXME: overflow on 32-bit
                int X() => 1;
            }
            """;

        Assert.Equal(1, await CountAsync("DR5001", source, syntaxOnly: true));
    }

    [Fact]
    public async Task DR5001SelfAdmittedDebt_MarkersOutsideComments_NotFlaggedAndEachCommentOnce()
    {
        const string source = """
            /// <summary>TODO: document; HACK below</summary>
            class C
            {
                const string Text = "TODO in a string";
                int TODOS => 1; /* FIXME twice: FIXME */
            #if NEVER_DEFINED
                // TODO in disabled code
            #endif // HACK after a directive
            #region TODO in a region name
                int TODO() => 2; //TODO
            #endregion
            }
            """;

        var findings = await FindingsAsync("DR5001", source);

        // The documentation comment once, the block comment once, the directive's comment, the last line's comment.
        Assert.Equal([1, 5, 8, 10], findings.Select(f => f.Line));
        Assert.Equal(["TODO", "FIXME", "HACK", "TODO"], findings.Select(f => f.Message.Split(' ')[0]));
    }

    [Fact]
    public async Task DR5002PublicMutableField_InternalClassOrStruct_NotFlagged()
    {
        const string source = """
            internal class Hidden { public int A; }
            public struct Packet { public int B; }
            public class Shown { public int C; public readonly int D; }
            """;

        Assert.Equal(1, await CountAsync("DR5002", source, syntaxOnly: true));
    }
}

using DebtRadar.Core.Metrics;

namespace DebtRadar.Core.Tests.Metrics.Sonar;

public sealed class NlocTests
{
    [Fact]
    public void Compute_CommentsBlankLinesAndDirectives_NotCounted()
    {
        const string code = """
            class C
            {
                [System.Obsolete]
                int M(int a)
                {
                    // a comment line

                    /* a block
                       comment */
                        #region counting
                    a++;
            #endregion
                    return a; // trailing comment
                }
            }
            """;

        // int M(int a) / { / a++; / return a; / }: the attribute line, comments, blank line and directives are out.
        Assert.Equal(5, Nloc.Compute(MemberParser.Find(code, "M")));
    }

    [Fact]
    public void Compute_DisabledCode_NotCounted()
    {
        const string code = """
            class C
            {
                int M(int a)
                {
            #if NEVER_DEFINED
                    a++;
                    a++;
            #endif
                    return a;
                }
            }
            """;

        Assert.Equal(4, Nloc.Compute(MemberParser.Find(code, "M")));
    }

    [Fact]
    public void Compute_MultiLineTokens_EachLineCounted()
    {
        const string code = """"
            class C
            {
                string M() =>
                    @"one
            two
            three";
            }
            """";

        Assert.Equal(4, Nloc.Compute(MemberParser.Find(code, "M")));
    }

    [Fact]
    public void Compute_WholeFile_CountsUsingsAndTypes()
    {
        const string code = """
            // header comment
            using System;

            namespace N;

            /// <summary>doc</summary>
            class C
            {
                void M() { }
            }
            """;

        Assert.Equal(6, Nloc.Compute(MemberParser.Root(code)));
    }
}

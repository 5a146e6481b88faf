using Microsoft.CodeAnalysis.Text;

namespace DebtRadar.Core.Scanning;

/// <summary>
/// A single pass over C# characters that knows just enough lexical structure (comments, strings,
/// verbatim, raw and interpolated strings) to count real nesting. It over-estimates rather than
/// under-estimates: a comparison <c>a &lt; b</c> counts as an open generic until the statement ends.
/// </summary>
internal sealed class NestingScanner(SourceText text)
{
    private readonly int length = text.Length;

    // Open interpolation holes, innermost last: how many braces close the hole and how the string resumes.
    private readonly Stack<(int Braces, int Quotes, bool Verbatim, int Depth)> holes = new();

    private int position;
    private int depth;
    private int angles;
    private int maxDepth;
    private int maxInterpolations;

    public NestingEstimate Run()
    {
        while (position < length)
        {
            if (maxDepth > NestingEstimate.MaxBrackets && maxInterpolations > NestingEstimate.MaxInterpolations)
            {
                break;
            }

            Code();
        }

        return new NestingEstimate(maxDepth, maxInterpolations);
    }

    private char At(int offset) => position + offset < length ? text[position + offset] : '\0';

    private void Open(int levels = 1)
    {
        depth += levels;
        maxDepth = Math.Max(maxDepth, depth + angles);
    }

    private void Code()
    {
        var c = At(0);
        switch (c)
        {
            case '/' when At(1) == '/':
                while (position < length && text[position] != '\n')
                {
                    position++;
                }

                return;
            case '/' when At(1) == '*':
                position += 2;
                while (position < length && !(text[position] == '*' && At(1) == '/'))
                {
                    position++;
                }

                position += 2;
                return;
            case '\'':
                position++;
                for (var n = 0; position < length && n < 12 && text[position] is not ('\'' or '\n'); n++)
                {
                    position += text[position] == '\\' ? 2 : 1;
                }

                position++;
                return;
            case '$' or '@' or '"':
                StringLiteral();
                return;
            case '(' or '[' or '{':
                Open();
                break;
            case ')' or ']':
                depth = Math.Max(0, depth - 1);
                break;
            case '}':
                if (holes.Count > 0 && depth == holes.Peek().Depth + 1)
                {
                    CloseHole();
                    return;
                }

                depth = Math.Max(0, depth - 1);
                angles = 0;
                break;
            case '<':
                angles++;
                maxDepth = Math.Max(maxDepth, depth + angles);
                break;
            case '>':
                angles = Math.Max(0, angles - 1);
                break;
            case ';' or '=':
                angles = 0;
                break;
        }

        position++;
    }

    private void StringLiteral()
    {
        var start = position;
        var dollars = 0;
        var verbatim = false;
        while (At(0) is '$' or '@')
        {
            dollars += At(0) == '$' ? 1 : 0;
            verbatim |= At(0) == '@';
            position++;
        }

        if (At(0) != '"')
        {
            position = start + 1; // an identifier like @class, or a stray '$'
            return;
        }

        var quotes = 0;
        while (At(0) == '"')
        {
            quotes++;
            position++;
        }

        if (quotes == 2)
        {
            return; // ""
        }

        if (quotes >= 3)
        {
            StringBody(Math.Max(1, dollars), quotes, verbatim: true, interpolated: dollars > 0);
            return;
        }

        position -= quotes - 1;
        StringBody(1, 1, verbatim, interpolated: dollars > 0);
    }

    /// <summary>Skips a string's text up to its end or to the next interpolation hole.</summary>
    private void StringBody(int braces, int quotes, bool verbatim, bool interpolated)
    {
        while (position < length)
        {
            var c = text[position];
            if (c == '\\' && !verbatim)
            {
                position += 2;
                continue;
            }

            if (c == '\n' && !verbatim && quotes == 1)
            {
                return; // unterminated regular string: the line ends it, as for Roslyn
            }

            if (c == '"' && Run('"') >= quotes)
            {
                if (verbatim && quotes == 1 && At(1) == '"')
                {
                    position += 2;
                    continue;
                }

                position += quotes;
                return;
            }

            if (interpolated && c == '{')
            {
                var run = Run('{');
                if (run >= braces && !(braces == 1 && run >= 2))
                {
                    position += braces;
                    holes.Push((braces, quotes, verbatim, depth));
                    maxInterpolations = Math.Max(maxInterpolations, holes.Count);
                    Open();
                    return; // back to code inside the hole
                }

                position += run;
                continue;
            }

            position++;
        }
    }

    private void CloseHole()
    {
        var (braces, quotes, verbatim, holeDepth) = holes.Pop();
        depth = holeDepth;
        angles = 0;
        position += braces;
        StringBody(braces, quotes, verbatim, interpolated: true);
    }

    private int Run(char c)
    {
        var n = 0;
        while (At(n) == c)
        {
            n++;
        }

        return n;
    }
}

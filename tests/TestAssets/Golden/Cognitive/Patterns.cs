using System;

namespace Golden.Cognitive;

public class Patterns
{
    public string Classify(object o) => o switch
    {
        int i when i > 10 && i < 20 => "teen",
        int and (> 0 or < -10) => "int",
        string { Length: > 3 } s => s,
        int[] and [1, .., 3] => "list",
        null => "null",
        _ => "other",
    };

    public int NestedSwitchExpressions(int a, int b) => a switch
    {
        0 => b switch
        {
            0 => 0,
            _ => 1,
        },
        _ => 2,
    };

    public bool RangeCheck(int n) => n is >= 0 and <= 9 or 100;

    public bool OrChain(char c) => c is 'a' or 'e' or ('i' or 'o') or 'u';

    public bool NotPattern(object o) => o is not (string or int);

    public bool ListPatterns(int[] xs)
    {
        if (xs is [] or [_])
        {
            return true;
        }

        return xs is [var first, .., var last] && first == last;
    }

    public int SwitchStatementPatterns(object o)
    {
        switch (o)
        {
            case int n when n > 0:
                return n;
            case string s:
                return s.Length > 2 ? 1 : 0;
            default:
                return -1;
        }
    }

    public string InLambda(Func<int, string> f) => f(1);

    public void SwitchInLambda()
    {
        Func<int, string> f = x => x switch { 1 => "one", _ => "many" };
        Console.WriteLine(f(2));
    }
}

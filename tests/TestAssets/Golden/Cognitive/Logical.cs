namespace Golden.Cognitive;

public class Logical
{
    public bool SameOperator(bool a, bool b, bool c) => a && b && c;

    public bool Mixed(bool a, bool b, bool c, bool d) => a && b || c && d;

    public bool RightGrouped(bool a, bool b, bool c) => a && (b && c);

    public bool NegatedGroup(bool a, bool b, bool c) => a && !(b && c);

    public bool Alternating(bool a, bool b, bool c, bool d, bool e) => a || b && c || d && e;

    public bool ManyParentheses(bool a, bool b, bool c, bool d) => (a && ((b))) && ((c && d));

    public bool InIf(bool a, bool b, bool c)
    {
        if (a && b || c)
        {
            return !a || b;
        }

        return false;
    }

    public bool Interrupted(bool a, bool b, bool c, bool d) => a && (b || c) && d;

    public int Bitwise(int a, int b, bool x, bool y) => (a & b) | (x & y ? 1 : 0) | (x | y ? 2 : 0);
}

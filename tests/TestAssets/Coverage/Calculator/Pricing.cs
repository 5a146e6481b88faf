namespace Calculator;

public static class Pricing
{
    // Covered by the tests, every line and both outcomes of its branch.
    public static int Discount(int quantity)
    {
        if (quantity >= 10)
        {
            return 10;
        }

        return 0;
    }

    // Covered on one path only: the negative branch never runs.
    public static int Clamp(int value)
    {
        if (value < 0)
        {
            return 0;
        }

        return value;
    }

    // Never called by the tests: complex and uncovered, a high CRAP score.
    public static string Grade(int score)
    {
        if (score > 90) return "A";
        if (score > 80) return "B";
        if (score > 70) return "C";
        if (score > 60) return "D";
        if (score > 50) return "E";
        if (score < 0) return "?";
        return "F";
    }
}

using System;
using System.Collections.Generic;

namespace Golden.Cognitive;

public class Statements
{
    public void Empty()
    {
    }

    public int SingleIf(int a)
    {
        if (a > 0)
        {
            return 1;
        }

        return 0;
    }

    public int ElseIfChain(int a)
    {
        if (a == 1)
        {
            return 1;
        }
        else if (a == 2)
        {
            return 2;
        }
        else if (a == 3)
        {
            return 3;
        }
        else
        {
            return 4;
        }
    }

    public void DeepNesting(int[] values)
    {
        foreach (var v in values)
        {
            for (var i = 0; i < v; i++)
            {
                while (i > 2)
                {
                    do
                    {
                        if (i % 2 == 0)
                        {
                            i--;
                        }
                        else
                        {
                            i -= 2;
                        }
                    }
                    while (i > 10);
                }
            }
        }
    }

    public string SwitchStatement(int code)
    {
        switch (code)
        {
            case 1:
                return "one";
            case 2:
            case 3:
                if (code == 3)
                {
                    return "three";
                }

                return "two";
            default:
                return "many";
        }
    }

    public void TryCatchFinally(string path)
    {
        try
        {
            Console.WriteLine(path);
        }
        catch (ArgumentException e) when (e.Message.Length > 0 && path != null)
        {
            if (path.Length > 3)
            {
                throw;
            }
        }
        catch (InvalidOperationException)
        {
        }
        finally
        {
            Console.WriteLine("done");
        }
    }

    public void TryOnly()
    {
        try
        {
            Console.WriteLine();
        }
        finally
        {
            Console.WriteLine();
        }
    }

    public int Gotos(int a)
    {
    again:
        switch (a)
        {
            case 0:
                goto case 1;
            case 1:
                a++;
                goto again;
            default:
                goto done;
        }

    done:
        return a;
    }

    public int BreakAndContinue(int[] xs)
    {
        var sum = 0;
        foreach (var x in xs)
        {
            if (x < 0)
            {
                continue;
            }

            if (x > 100)
            {
                break;
            }

            sum += x;
        }

        return sum;
    }

    public int ConditionInsideCondition(int a, bool b)
    {
        if ((b ? a : -a) > 0)
        {
            return a > 5 ? 1 : a > 2 ? 2 : 3;
        }

        while ((a > 0 ? a : 0) > 1)
        {
            a--;
        }

        return a;
    }

    public int DeconstructingForeach(Dictionary<string, int> map)
    {
        var total = 0;
        foreach (var (key, value) in map)
        {
            if (key.Length > 0)
            {
                total += value;
            }
        }

        return total;
    }

    public int? NullOperators(string s, int? n)
    {
        n ??= 3;
        return s?.Length ?? n;
    }

    public void UsingLockAndChecked(object gate, IDisposable d)
    {
        using (d)
        {
            lock (gate)
            {
                checked
                {
                    if (gate != null)
                    {
                        Console.WriteLine();
                    }
                }
            }
        }
    }
}

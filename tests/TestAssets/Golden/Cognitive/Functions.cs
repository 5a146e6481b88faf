using System;
using System.Collections.Generic;
using System.Linq;

namespace Golden.Cognitive;

public class Functions
{
    public int Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);

    public int RecursionTwice(int n)
    {
        if (n > 0)
        {
            return RecursionTwice(n - 1) + RecursionTwice(n - 2);
        }

        return 0;
    }

    public int OverloadNotRecursion(int n) => OverloadNotRecursion(n, 1);

    public int OverloadNotRecursion(int n, int m) => n + m;

    public int QualifiedNotRecursion(int n) => n > 0 ? this.QualifiedNotRecursion(n - 1) : 0;

    public T GenericRecursion<T>(T value, int depth) => depth > 0 ? GenericRecursion<T>(value, depth - 1) : value;

    public int RecursionFromLambda(int n)
    {
        Func<int, int> f = x => RecursionFromLambda(x);
        return f(n);
    }

    public IEnumerable<int> Linq(IEnumerable<int> xs) =>
        xs.Where(x => x > 0 && x < 10).Select(x => x % 2 == 0 ? x : -x);

    public void LambdaNesting(List<int> xs)
    {
        xs.ForEach(x =>
        {
            if (x > 0)
            {
                xs.ForEach(y =>
                {
                    if (y > x)
                    {
                        Console.WriteLine(y);
                    }
                });
            }
        });
    }

    public void AnonymousMethod(List<int> xs)
    {
        xs.ForEach(delegate (int x)
        {
            if (x > 0)
            {
                Console.WriteLine(x);
            }
        });
    }

    public int LocalFunctions(int a)
    {
        if (a > 0)
        {
            return Local(a) + StaticLocal(a);
        }

        return 0;

        int Local(int x)
        {
            if (x > 2)
            {
                return x;
            }

            return Inner(x);

            int Inner(int y) => y > 0 ? y : 0;
        }

        static int StaticLocal(int x)
        {
            if (x > 1)
            {
                return x;
            }
            else
            {
                return Nested(x);
            }

            int Nested(int y) => y switch { 0 => 0, _ => 1 };
        }
    }

    public int LocalRecursion(int n)
    {
        return Walk(n);

        int Walk(int k) => k > 0 ? Walk(k - 1) : LocalRecursion(0);
    }

    public async System.Threading.Tasks.Task<int> AsyncLambda(Func<System.Threading.Tasks.Task<int>> work)
    {
        Func<int, System.Threading.Tasks.Task<int>> wrapped = async x => x > 0 ? await work() : 0;
        return await wrapped(1);
    }
}

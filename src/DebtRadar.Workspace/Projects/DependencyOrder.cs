using System.Collections.Immutable;

namespace DebtRadar.Workspace.Projects;

/// <summary>Orders projects so that each comes after the projects it references.</summary>
internal static class DependencyOrder
{
    /// <summary>
    /// A depth-first topological sort. Ties keep the input order, so the result is stable. An
    /// edge that closes a cycle is ignored (and reported) rather than followed, so a cycle in
    /// broken project files cannot hang the scan.
    /// </summary>
    /// <param name="keys">Every node, in the preferred order.</param>
    /// <param name="dependencies">The nodes a node depends on; unknown keys are ignored.</param>
    /// <param name="comparer">Key equality.</param>
    public static (ImmutableArray<T> Order, ImmutableArray<(T From, T To)> CycleEdges) Sort<T>(
        IReadOnlyList<T> keys,
        Func<T, IEnumerable<T>> dependencies,
        IEqualityComparer<T> comparer)
        where T : notnull
    {
        var known = new HashSet<T>(keys, comparer);
        var state = new Dictionary<T, bool>(comparer); // false: on the current path; true: done
        var order = ImmutableArray.CreateBuilder<T>(keys.Count);
        var cycles = ImmutableArray.CreateBuilder<(T, T)>();

        foreach (var key in keys)
        {
            Visit(key);
        }

        return (order.ToImmutable(), cycles.ToImmutable());

        // Explicit stack: a long reference chain must not overflow the thread's stack.
        void Visit(T start)
        {
            if (state.ContainsKey(start))
            {
                return;
            }

            var stack = new Stack<(T Node, IEnumerator<T> Next)>();
            state[start] = false;
            stack.Push((start, dependencies(start).Where(known.Contains).GetEnumerator()));
            while (stack.Count > 0)
            {
                var (node, next) = stack.Peek();
                if (next.MoveNext())
                {
                    var dependency = next.Current;
                    if (!state.TryGetValue(dependency, out var done))
                    {
                        state[dependency] = false;
                        stack.Push((dependency, dependencies(dependency).Where(known.Contains).GetEnumerator()));
                    }
                    else if (!done)
                    {
                        cycles.Add((node, dependency));
                    }

                    continue;
                }

                next.Dispose();
                stack.Pop();
                state[node] = true;
                order.Add(node);
            }
        }
    }
}

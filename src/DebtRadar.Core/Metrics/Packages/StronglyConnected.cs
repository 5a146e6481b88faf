using System.Collections.Immutable;

namespace DebtRadar.Core.Metrics.Packages;

/// <summary>Tarjan's strongly connected components without recursion, so deep graphs cannot overflow the stack.</summary>
internal static class StronglyConnected
{
    public static ImmutableArray<ImmutableArray<string>> Cycles(IReadOnlyDictionary<string, IReadOnlyCollection<string>> graph)
    {
        var nodes = graph.Keys.Concat(graph.Values.SelectMany(v => v)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var successors = nodes.ToDictionary(
            n => n,
            n => graph.TryGetValue(n, out var next) ? next.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray() : [],
            StringComparer.Ordinal);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var cycles = new List<ImmutableArray<string>>();
        var counter = 0;

        foreach (var start in nodes.Where(n => !index.ContainsKey(n)))
        {
            // Each frame: a node and how many of its successors have been looked at.
            var work = new Stack<(string Node, int Next)>();
            Enter(start);
            work.Push((start, 0));
            while (work.Count > 0)
            {
                var (node, next) = work.Pop();
                var children = successors[node];
                if (next < children.Length)
                {
                    work.Push((node, next + 1));
                    var child = children[next];
                    if (!index.TryGetValue(child, out var childIndex))
                    {
                        Enter(child);
                        work.Push((child, 0));
                    }
                    else if (onStack.Contains(child))
                    {
                        low[node] = Math.Min(low[node], childIndex);
                    }

                    continue;
                }

                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }

                if (low[node] == index[node])
                {
                    var component = new List<string>();
                    string member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (member != node);

                    if (component.Count > 1 || children.Contains(node, StringComparer.Ordinal))
                    {
                        cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                    }
                }
            }
        }

        return [.. cycles.OrderBy(c => c[0], StringComparer.Ordinal).ThenBy(c => c.Length)];

        void Enter(string node)
        {
            index[node] = low[node] = counter++;
            stack.Push(node);
            onStack.Add(node);
        }
    }
}

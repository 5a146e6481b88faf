using System.Runtime.ExceptionServices;

namespace DebtRadar.Core.Scanning;

/// <summary>
/// Calls <paramref name="body"/> for every index below <paramref name="count"/>, in any order and possibly
/// on several threads at once; returns when every call has returned, and then throws the first
/// exception one of them threw.
/// </summary>
/// <param name="count">How many indexes.</param>
/// <param name="body">The work for one index.</param>
internal delegate void IndexLoop(int count, Action<int> body);

/// <summary>
/// A fixed number of workers measuring a project's documents: each takes the next document, largest
/// first, and a worker with no document left helps with the members of documents still being measured.
/// Without that help one large file (Dapper's <c>SqlMapper.cs</c> is 41 % of its lines) kept one core
/// busy for seconds while the other had nothing to do. The worker that owns a document runs its member
/// loop too, so no worker ever waits for work that nobody has started.
/// </summary>
internal sealed class SharedWork
{
    /// <summary>Runs every index on the calling thread, in order.</summary>
    public static readonly IndexLoop Sequential = (count, body) =>
    {
        for (var i = 0; i < count; i++)
        {
            body(i);
        }
    };

    private readonly object gate = new();
    private readonly List<Batch> open = [];
    private int documentsLeft;
    private bool stopped;

    private SharedWork(int documents) => documentsLeft = documents;

    /// <summary>
    /// Calls <paramref name="measure"/> once for each document index of <paramref name="order"/>, taken in
    /// that order by <paramref name="jobs"/> threads, and hands each call the member loop to use.
    /// </summary>
    /// <param name="order">Document indexes in the order they are to be started.</param>
    /// <param name="jobs">Threads at most.</param>
    /// <param name="measure">Measures one document with the member loop it is given.</param>
    /// <param name="cancellationToken">Stops taking documents.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static void Run(IReadOnlyList<int> order, int jobs, Action<int, IndexLoop> measure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(measure);
        // More workers than documents still helps: the spare ones measure members of the large files.
        var workers = Math.Max(1, jobs);
        if (workers == 1 || order.Count == 0)
        {
            foreach (var document in order)
            {
                cancellationToken.ThrowIfCancellationRequested();
                measure(document, Sequential);
            }

            return;
        }

        var shared = new SharedWork(order.Count);
        var next = -1;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken };
        Parallel.For(0, workers, parallel, _ =>
        {
            try
            {
                int taken;
                while (!shared.IsStopped && (taken = Interlocked.Increment(ref next)) < order.Count)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    measure(order[taken], shared.For);
                    shared.DocumentDone();
                }

                shared.HelpUntilDone();
            }
            catch
            {
                shared.Stop();
                throw;
            }
        });
    }

    /// <summary>A worker failed: the others take no further document.</summary>
    private bool IsStopped => Volatile.Read(ref stopped);

    /// <summary>The member loop of a document: other workers join in once they run out of documents.</summary>
    private void For(int count, Action<int> body)
    {
        if (count < 2)
        {
            Sequential(count, body);
            return;
        }

        var batch = new Batch(count, body);
        lock (gate)
        {
            open.Add(batch);
            Monitor.PulseAll(gate);
        }

        batch.Help();
        lock (gate)
        {
            open.Remove(batch);
        }

        batch.WaitAndThrow();
    }

    private void DocumentDone()
    {
        lock (gate)
        {
            if (--documentsLeft == 0)
            {
                Monitor.PulseAll(gate);
            }
        }
    }

    private void Stop()
    {
        lock (gate)
        {
            stopped = true;
            Monitor.PulseAll(gate);
        }
    }

    /// <summary>Takes part in other workers' member loops until every document is measured.</summary>
    private void HelpUntilDone()
    {
        while (true)
        {
            Batch batch;
            lock (gate)
            {
                while (open.Count == 0)
                {
                    if (documentsLeft == 0 || stopped)
                    {
                        return;
                    }

                    Monitor.Wait(gate);
                }

                // The batch with the most indexes left: with more than two workers, helpers spread out.
                batch = open.MaxBy(b => b.Left)!;
                if (batch.Left == 0)
                {
                    open.Remove(batch); // its owner removes it too; Remove of a missing item is harmless
                    continue;
                }
            }

            batch.Help();
        }
    }

    /// <summary>One member loop: indexes are claimed one at a time by whoever runs <see cref="Help"/>.</summary>
    private sealed class Batch(int count, Action<int> body)
    {
        private readonly int count = count;
        private readonly object gate = new();
        private int next = -1;
        private int unfinished = count;
        private ExceptionDispatchInfo? failure;

        public int Left => Math.Max(0, count - Volatile.Read(ref next) - 1);

        public void Help()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                try
                {
                    if (Volatile.Read(ref failure) is null)
                    {
                        body(index);
                    }
                }
                catch (Exception ex)
                {
                    Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(ex), null);
                }
                finally
                {
                    if (Interlocked.Decrement(ref unfinished) == 0)
                    {
                        lock (gate)
                        {
                            Monitor.PulseAll(gate);
                        }
                    }
                }
            }
        }

        public void WaitAndThrow()
        {
            lock (gate)
            {
                while (Volatile.Read(ref unfinished) > 0)
                {
                    Monitor.Wait(gate);
                }
            }

            failure?.Throw();
        }
    }
}

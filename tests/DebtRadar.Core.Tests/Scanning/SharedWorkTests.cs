using System.Collections.Concurrent;
using DebtRadar.Core.Scanning;

namespace DebtRadar.Core.Tests.Scanning;

public sealed class SharedWorkTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Run_EveryDocumentAndEveryMemberIndex_ExactlyOnce(int jobs)
    {
        var documents = new ConcurrentBag<int>();
        var members = new ConcurrentBag<(int Document, int Member)>();

        SharedWork.Run([3, 0, 2, 1], jobs, (document, memberLoop) =>
        {
            documents.Add(document);
            memberLoop(document * 10, member => members.Add((document, member)));
        }, CancellationToken.None);

        Assert.Equal([0, 1, 2, 3], documents.Order());
        var expected = Enumerable.Range(0, 4).SelectMany(d => Enumerable.Range(0, d * 10).Select(m => (d, m)));
        Assert.Equal(expected.Order(), members.Order());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1)]
    public void Run_WorkerWithoutDocumentLeft_MeasuresMembersOfTheLargeOne(int documents)
    {
        // The large document's first member waits until another thread has measured one of its members:
        // without help from the worker that finished the small document, it times out.
        var helped = new ManualResetEventSlim();
        var threads = new ConcurrentDictionary<int, bool>();
        var ownerThread = -1;
        var helpedInTime = false;

        SharedWork.Run([.. Enumerable.Range(0, documents)], 2, (document, memberLoop) =>
        {
            if (document == 1)
            {
                return;
            }

            ownerThread = Environment.CurrentManagedThreadId;
            memberLoop(50, member =>
            {
                threads[Environment.CurrentManagedThreadId] = true;
                if (Environment.CurrentManagedThreadId != ownerThread)
                {
                    helped.Set();
                }
                else if (member == 0)
                {
                    helpedInTime = helped.Wait(TimeSpan.FromSeconds(30));
                }
            });
        }, CancellationToken.None);

        Assert.True(helpedInTime);
        Assert.Equal(2, threads.Count);
    }

    [Fact]
    public void Run_MemberThrowsOnAnotherThread_OwnerSeesTheSameExceptionTypeAfterEveryMemberReturned()
    {
        // GuardedAnalysis catches InsufficientExecutionStackException from the member loop to measure the
        // file again on a large stack, so a helper's exception must reach the owner as it was thrown.
        Exception? seen = null;
        var running = 0;
        var runningAtThrow = -1;

        SharedWork.Run([0, 1], 2, (document, memberLoop) =>
        {
            if (document == 1)
            {
                return;
            }

            try
            {
                memberLoop(200, member =>
                {
                    Interlocked.Increment(ref running);
                    Thread.SpinWait(20_000);
                    Interlocked.Decrement(ref running);
                    if (member == 150)
                    {
                        throw new InsufficientExecutionStackException();
                    }
                });
            }
            catch (InsufficientExecutionStackException ex)
            {
                seen = ex;
                runningAtThrow = Volatile.Read(ref running);
            }
        }, CancellationToken.None);

        Assert.IsType<InsufficientExecutionStackException>(seen);
        Assert.Equal(0, runningAtThrow);
    }

    [Fact]
    public void Run_DocumentThrows_OtherWorkersStopAndTheExceptionSurfaces()
    {
        // Both workers are running before the tenth document fails; the other one then stops taking documents.
        var measured = 0;
        using var bothRunning = new CountdownEvent(2);
        var threads = new ConcurrentDictionary<int, bool>();
        var error = Assert.Throws<AggregateException>(() => SharedWork.Run(Enumerable.Range(0, 200).ToArray(), 2, (document, memberLoop) =>
        {
            if (threads.TryAdd(Environment.CurrentManagedThreadId, true))
            {
                bothRunning.Signal();
            }

            bothRunning.Wait(TimeSpan.FromSeconds(30));
            Interlocked.Increment(ref measured);
            memberLoop(5, _ => Thread.Sleep(1));
            if (document == 10)
            {
                throw new InvalidOperationException("broken file");
            }
        }, CancellationToken.None));

        Assert.Contains(error.InnerExceptions, e => e is InvalidOperationException { Message: "broken file" });
        Assert.True(measured < 100, $"{measured} documents measured, the eleventh failing");
    }

    [Fact]
    public void Run_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => SharedWork.Run([0, 1, 2], 2, (_, _) => { }, cancelled.Token));
    }
}

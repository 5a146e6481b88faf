namespace DebtRadar.Core.Scanning;

/// <summary>
/// Runs work on a thread with a large stack. Roslyn's parser and binder recurse once per nesting
/// level, and a thread-pool thread's 1.5 MB stack overflows (killing the process) on a few hundred
/// nested generic arguments; 256 MB is reserved address space, committed only as far as it is used.
/// </summary>
public static class LargeStackThread
{
    /// <summary>Stack size of the threads this class starts.</summary>
    public const int Size = 256 * 1024 * 1024;

    /// <summary>Runs <paramref name="work"/> on a new large-stack thread and waits for it; its exception is rethrown here.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="work">What to run.</param>
    public static T Run<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        T result = default!;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
#pragma warning disable CA1031 // Rethrown on the calling thread below, with its original stack trace.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex);
                }
            },
            Size)
        {
            IsBackground = true,
            Name = "DebtRadar large stack",
        };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}

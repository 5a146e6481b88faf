namespace DebtRadar.Storage;

/// <summary>How a <see cref="SnapshotStore"/> behaves.</summary>
/// <param name="LockTimeout">How long a session waits for another process's session before failing as busy.</param>
public sealed record StoreOptions(TimeSpan LockTimeout)
{
    /// <summary>Sessions last milliseconds to seconds; thirty seconds rides out a large concurrent write.</summary>
    public static StoreOptions Default { get; } = new(TimeSpan.FromSeconds(30));
}

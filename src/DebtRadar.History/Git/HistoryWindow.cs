using DebtRadar.History.Model;

namespace DebtRadar.History.Git;

/// <summary>The window in Unix seconds, measured from the analysed commit's date.</summary>
internal readonly record struct HistoryWindow(long Since, long Until)
{
    public static HistoryWindow For(HistoryRequest request, HeadCommit head)
    {
        var since = (request.Since ?? WhenExpression.TwelveMonths).Resolve(head.CommitTime, isEnd: false);
        var until = request.Until?.Resolve(head.CommitTime, isEnd: true) ?? head.CommitTime;
        return new HistoryWindow(since.ToUnixTimeSeconds(), until.ToUnixTimeSeconds());
    }

    public DateTimeOffset SinceTime => DateTimeOffset.FromUnixTimeSeconds(Since);

    public DateTimeOffset UntilTime => DateTimeOffset.FromUnixTimeSeconds(Until);

    public bool Contains(long time) => time >= Since && time <= Until;
}

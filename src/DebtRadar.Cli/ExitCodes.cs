namespace DebtRadar.Cli;

/// <summary>The documented exit codes (README, "Exit codes").</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int GateFailed = 1;
    public const int Usage = 2;
    public const int NothingScannable = 3;
    public const int InternalError = 70;
    public const int Cancelled = 130;
}

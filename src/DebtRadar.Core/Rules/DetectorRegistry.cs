using System.Collections.Frozen;
using DebtRadar.Core.Rules.Detectors;

namespace DebtRadar.Core.Rules;

/// <summary>Maps rule ids to detectors: one built-in detector per catalog file, generic ones for user rules declared without C#.</summary>
internal static class DetectorRegistry
{
    private static readonly IDetector[] Detectors =
    [
        new DR1001MethodCyclomatic(), new DR1002MethodCognitive(), new DR1003MethodLength(), new DR1004MethodParameters(),
        new DR1005MethodNesting(), new DR1006MethodMaintainability(),
        new DR1101TypeCoupling(), new DR1102TypeInheritanceDepth(), new DR1103TypeLcom4(), new DR1104TypeWmc(), new DR1105GodClass(),
        new DR1201FileLength(),
        new DR1301NamespaceCycle(), new DR1302ProjectCycle(), new DR1303MainSequenceDistance(),
        new DR1401DuplicatedCode(), new DR1402CrapScore(),
        new DR2001AsyncVoid(), new DR2002SyncOverAsync(), new DR2003UnawaitedTask(), new DR2004CancellationNotPassed(), new DR2005ThreadSleepInAsync(),
        new DR3001EmptyCatch(), new DR3002CatchAllSwallows(), new DR3003ThrowCaughtException(), new DR3004NotImplemented(),
        new DR4001StringConcatInLoop(), new DR4002LockOnPublicObject(), new DR4003GcCollect(),
        new DR5001SelfAdmittedDebt(), new DR5002PublicMutableField(), new DR5003ServiceLocator(), new DR5004ObsoleteApi(),
    ];

    private static readonly FrozenDictionary<string, IDetector> ById = Detectors.ToFrozenDictionary(d => d.RuleId, StringComparer.Ordinal);

    /// <summary>Ids of the built-in detectors.</summary>
    public static IEnumerable<string> BuiltInIds => ById.Keys;

    /// <summary>The detector for <paramref name="rule"/>, or null when none fits (reported by the catalog check).</summary>
    public static IDetector? For(RuleDefinition rule) => rule.Kind switch
    {
        "banned-api" => new BannedApi(rule.Id),
        "metric-threshold" => MetricThreshold.Create(rule),
        _ => ById.GetValueOrDefault(rule.Id),
    };
}

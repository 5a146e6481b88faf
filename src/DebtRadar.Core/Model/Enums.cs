namespace DebtRadar.Core.Model;

/// <summary>The kind of a measured member, as written in the member CSV's <c>kind</c> column.</summary>
public enum MemberKind
{
    /// <summary>An ordinary or local-function-hosting method.</summary>
    Method,
    /// <summary>An instance or static constructor (including a primary constructor's initialisation).</summary>
    Constructor,
    /// <summary>A finalizer (<c>~T()</c>).</summary>
    Finalizer,
    /// <summary>A user-defined operator.</summary>
    Operator,
    /// <summary>A user-defined implicit or explicit conversion.</summary>
    Conversion,
    /// <summary>A property or indexer <c>get</c> accessor (expression-bodied properties too).</summary>
    Getter,
    /// <summary>A property or indexer <c>set</c> accessor.</summary>
    Setter,
    /// <summary>A property <c>init</c> accessor.</summary>
    Init,
    /// <summary>An event <c>add</c> accessor.</summary>
    Adder,
    /// <summary>An event <c>remove</c> accessor.</summary>
    Remover,
}

/// <summary>The kind of a measured type, as written in the type CSV's <c>kind</c> column.</summary>
public enum TypeKind
{
    /// <summary>A class.</summary>
    Class,
    /// <summary>A record class.</summary>
    Record,
    /// <summary>A struct.</summary>
    Struct,
    /// <summary>A record struct.</summary>
    RecordStruct,
    /// <summary>An interface.</summary>
    Interface,
    /// <summary>An enum.</summary>
    Enum,
    /// <summary>A delegate.</summary>
    Delegate,
}

/// <summary>How a file's semantic metrics were obtained.</summary>
public enum AnalysisMode
{
    /// <summary>Syntax and a compilation with resolved references: every metric exact.</summary>
    Full,
    /// <summary>
    /// A compilation whose references did not all resolve: syntax metrics are exact, semantic ones
    /// (coupling, dit, the <c>&amp;</c>/<c>|</c> part of cc) may be low.
    /// </summary>
    Degraded,
    /// <summary>No compilation: semantic metrics are syntax approximations.</summary>
    SyntaxOnly,
}

/// <summary>How serious a load or analysis problem is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing, nothing was lost.</summary>
    Info,
    /// <summary>Something was measured less exactly than it could be.</summary>
    Warning,
    /// <summary>Something could not be measured at all.</summary>
    Error,
}

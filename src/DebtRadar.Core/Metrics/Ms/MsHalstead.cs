using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DebtRadar.Core.Metrics.Ms;

/// <summary>
/// The operator/operand tallies of Microsoft.CodeAnalysis.Metrics' <c>ComputationalComplexityMetrics</c>
/// over one or more operation blocks: counts add up, distinct sets unite, as MS's <c>Union</c> does.
/// </summary>
internal sealed class MsHalstead
{
    private static readonly object NullConstant = new();

    private readonly HashSet<BinaryOperatorKind> binaryKinds = [];
    private readonly HashSet<UnaryOperatorKind> unaryKinds = [];
    private readonly HashSet<CaseKind> caseKinds = [];
    private readonly HashSet<ISymbol> symbols = new(SymbolEqualityComparer.Default);
    private readonly HashSet<object> constants = [];

    public long ExecutableLines { get; private set; }

    /// <summary>Executable lines plus one per block that initialises a symbol (field, property, parameter default).</summary>
    public long EffectiveLines { get; private set; }

    public long TotalOperators { get; private set; }

    public long TotalOperands { get; private set; }

    /// <summary>True when nothing at all was counted (MS's <c>ComputationalComplexityMetrics.Default</c>).</summary>
    public bool IsDefault { get; private set; } = true;

    /// <summary>n1 as MS computes it: only binary, unary and case-clause kinds, with MS's doubling quirk.</summary>
    public long DistinctOperators
    {
        get
        {
            long count = binaryKinds.Count;
            if (binaryKinds.Count > 1)
            {
                count += binaryKinds.Count - 1;
            }

            if (unaryKinds.Count > 1)
            {
                count += unaryKinds.Count - 1;
            }

            if (caseKinds.Count > 1)
            {
                count += caseKinds.Count - 1;
            }

            return count;
        }
    }

    public long DistinctOperands => symbols.Count + constants.Count;

    public double Volume => (TotalOperators + TotalOperands) * Math.Max(0.0, Math.Log(DistinctOperators + DistinctOperands, 2));

    public static MsHalstead Over(IEnumerable<IOperation> blocks)
    {
        var result = new MsHalstead();
        foreach (var block in blocks)
        {
            result.Add(block);
        }

        return result;
    }

    /// <summary>Adds one operation block, exactly as MS's <c>Compute(block)</c> followed by <c>Union</c>.</summary>
    public void Add(IOperation block)
    {
        var tally = new Tally();
        if (block.Kind is OperationKind.None or OperationKind.Attribute && HasAnyExplicitExpression(block))
        {
            tally.Lines++;
        }

        foreach (var operation in block.Descendants())
        {
            tally.Lines += ExecutableLinesOf(operation, ref tally.HasSymbolInitializer);
            if (operation.IsImplicit)
            {
                continue;
            }

            if (operation.ConstantValue.HasValue)
            {
                tally.Operands++;
                constants.Add(operation.ConstantValue.Value ?? NullConstant);
                continue;
            }

            Count(operation, ref tally);
        }

        if (tally.Lines == 0 && tally.Operators == 0 && tally.Operands == 0 && !tally.HasSymbolInitializer)
        {
            return;
        }

        IsDefault = false;
        ExecutableLines += tally.Lines;
        EffectiveLines += tally.HasSymbolInitializer ? tally.Lines + 1 : tally.Lines;
        TotalOperators += tally.Operators;
        TotalOperands += tally.Operands;
    }

    /// <summary>Adds everything counted in <paramref name="other"/> (MS's <c>Union</c>).</summary>
    public void Add(MsHalstead other)
    {
        if (other.IsDefault)
        {
            return;
        }

        IsDefault = false;
        ExecutableLines += other.ExecutableLines;
        EffectiveLines += other.EffectiveLines;
        TotalOperators += other.TotalOperators;
        TotalOperands += other.TotalOperands;
        binaryKinds.UnionWith(other.binaryKinds);
        unaryKinds.UnionWith(other.unaryKinds);
        caseKinds.UnionWith(other.caseKinds);
        symbols.UnionWith(other.symbols);
        constants.UnionWith(other.constants);
    }

    private void Count(IOperation operation, ref Tally tally)
    {
        switch (operation)
        {
            case ILocalReferenceOperation local:
                Operand(local.Local, ref tally);
                break;
            case IParameterReferenceOperation parameter:
                Operand(parameter.Parameter, ref tally);
                break;
            case IMemberReferenceOperation member when operation.Kind is OperationKind.FieldReference or OperationKind.MethodReference or OperationKind.PropertyReference or OperationKind.EventReference:
                tally.Operators++;
                Operand(member.Member, ref tally);
                break;
            case IFieldInitializerOperation fieldInitializer:
                foreach (var field in fieldInitializer.InitializedFields)
                {
                    tally.Operators++;
                    Operand(field, ref tally);
                }

                break;
            case IPropertyInitializerOperation propertyInitializer:
                foreach (var property in propertyInitializer.InitializedProperties)
                {
                    tally.Operators++;
                    Operand(property, ref tally);
                }

                break;
            case IParameterInitializerOperation parameterInitializer:
                tally.Operators++;
                Operand(parameterInitializer.Parameter, ref tally);
                break;
            case IVariableInitializerOperation:
                tally.Operators++;
                break;
            case IVariableDeclaratorOperation declarator:
                if (declarator.Initializer is not null)
                {
                    Operand(declarator.Symbol, ref tally);
                }

                break;
            case IInvocationOperation invocation:
                tally.Operators++;
                if (!invocation.TargetMethod.ReturnsVoid)
                {
                    Operand(invocation.TargetMethod, ref tally);
                }

                break;
            case IObjectCreationOperation creation:
                tally.Operators++;
                Operand(creation.Constructor, ref tally);
                break;
            case IBinaryOperation binary:
                tally.Operators++;
                binaryKinds.Add(binary.OperatorKind);
                break;
            case ICompoundAssignmentOperation compound:
                tally.Operators++;
                binaryKinds.Add(compound.OperatorKind);
                break;
            case ITupleBinaryOperation tupleBinary:
                tally.Operators++;
                binaryKinds.Add(tupleBinary.OperatorKind);
                break;
            case IUnaryOperation unary:
                tally.Operators++;
                unaryKinds.Add(unary.OperatorKind);
                break;
            case ICaseClauseOperation caseClause:
                caseKinds.Add(caseClause.CaseKind);
                tally.Operators++;
                if (caseClause is IRelationalCaseClauseOperation relational)
                {
                    binaryKinds.Add(relational.Relation);
                }

                break;
            case IReturnOperation returned:
                if (returned.ReturnedValue is not null)
                {
                    tally.Operators++;
                }

                break;
            default:
                if (IsPlainOperator(operation.Kind))
                {
                    tally.Operators++;
                }

                break;
        }
    }

    private static bool IsPlainOperator(OperationKind kind) => kind is
        OperationKind.DelegateCreation or OperationKind.AnonymousObjectCreation or OperationKind.TypeParameterObjectCreation
        or OperationKind.DynamicObjectCreation or OperationKind.DynamicInvocation
        or OperationKind.Increment or OperationKind.Decrement or OperationKind.SimpleAssignment
        or OperationKind.DeconstructionAssignment or OperationKind.EventAssignment or OperationKind.Coalesce
        or OperationKind.ConditionalAccess or OperationKind.Conversion or OperationKind.ArrayElementReference
        or OperationKind.Await or OperationKind.NameOf or OperationKind.SizeOf or OperationKind.TypeOf
        or OperationKind.AddressOf or OperationKind.MemberInitializer or OperationKind.IsType or OperationKind.IsPattern
        or OperationKind.Parenthesized
        or OperationKind.ArrayCreation or OperationKind.ArrayInitializer or OperationKind.DynamicMemberReference
        or OperationKind.DynamicIndexerAccess or OperationKind.Tuple or OperationKind.Lock or OperationKind.Using
        or OperationKind.Throw or OperationKind.RaiseEvent or OperationKind.InterpolatedString;

    private void Operand(ISymbol? symbol, ref Tally tally)
    {
        if (symbol is null)
        {
            return;
        }

        tally.Operands++;
        symbols.Add(symbol);
    }

    private static int ExecutableLinesOf(IOperation operation, ref bool hasSymbolInitializer)
    {
        switch (operation.Parent?.Kind)
        {
            case OperationKind.Block:
                return HasAnyExplicitExpression(operation) ? 1 : 0;
            case OperationKind.FieldInitializer:
            case OperationKind.PropertyInitializer:
            case OperationKind.ParameterInitializer:
                if (HasAnyExplicitExpression(operation))
                {
                    hasSymbolInitializer = true;
                    return 1;
                }

                return 0;
            case OperationKind.Conditional:
                // MS counts a nested conditional (an `else if`) as a line of its own.
                return operation.Kind == OperationKind.Conditional && HasAnyExplicitExpression(operation) ? 1 : 0;
            default:
                return 0;
        }
    }

    /// <summary>Some operation in the tree is user-written: explicit and with a value, a type, or a jump.</summary>
    internal static bool HasAnyExplicitExpression(IOperation operation)
    {
        foreach (var o in operation.DescendantsAndSelf())
        {
            if (!o.IsImplicit && (o.ConstantValue.HasValue || o.Type is not null || o.Kind is OperationKind.Branch or OperationKind.Attribute))
            {
                return true;
            }
        }

        return false;
    }

    private struct Tally
    {
        public long Lines;
        public long Operators;
        public long Operands;
        public bool HasSymbolInitializer;
    }
}

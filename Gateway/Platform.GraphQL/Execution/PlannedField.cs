using System.Text.Json;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// One response key of a collected selection set for one object type, worked out once per prepared operation: the field
/// definition, whether it is a plain parent read, its literal-only arguments and the sub-selection collected per object type.
/// Shared by concurrent requests: everything cached here is independent of variables (or not cached at all).
/// </summary>
internal sealed class PlannedField
{
    private volatile IReadOnlyDictionary<string, object?>? _literalArguments;
    private volatile ChildPlan? _child;

    public PlannedField(Schema schema, ObjectType parentType, string key, List<FieldNode> nodes)
    {
        Key = key;
        EncodedKey = JsonEncodedText.Encode(key, Serialization.ResultWriter.WriterOptions.Encoder);
        Nodes = nodes;
        var name = nodes[0].Name;
        IsTypename = name == "__typename";
        Definition = IsTypename ? null
            : name.StartsWith("__", StringComparison.Ordinal) && ReferenceEquals(parentType, schema.Query) ? schema.Introspection.Find(name)
            : parentType.Fields.GetValueOrDefault(name);
        if (Definition is { ParentRead: { } read, Arguments.Count: 0 })
        {
            ParentRead = read;
            var nullable = Definition.Type is NonNullType nonNull ? nonNull.OfType : Definition.Type;
            SerializeLeaf = nullable switch
            {
                ScalarType scalar => scalar.Serializer,
                EnumType enumType => enumType.Serialize,
                _ => null,
            };
            TypedLeaf = SerializeLeaf is null ? null : Definition.TypedLeaf;
        }

        IsNonNull = Definition?.Type is NonNullType;
        var resultType = Definition?.Type is NonNullType { OfType: var ofType } ? ofType : Definition?.Type;
        ObjectResult = resultType as ObjectType;
        if (resultType is ListType list)
        {
            ListItemType = list.OfType;
            ListItemObject = (list.OfType is NonNullType { OfType: var item } ? item : list.OfType) as ObjectType;
            ListItemIsNonNull = list.OfType is NonNullType;
        }
        SharedWriter = TypedLeaf?.SharedWriter;
        MakesWriters = TypedLeaf?.MakesWriters ?? false;
        Kind = IsTypename ? PlannedFieldKind.Typename
            : Definition is null ? PlannedFieldKind.Unknown
            : TypedLeaf is not null ? PlannedFieldKind.TypedLeaf
            : IsLeaf ? PlannedFieldKind.Leaf
            : PlannedFieldKind.Executed;
    }

    /// <summary>How the executor produces this field's value.</summary>
    public PlannedFieldKind Kind { get; }

    /// <summary>The field's type when it is an object type or a non-null one (completion needs no type switch), else null.</summary>
    public ObjectType? ObjectResult { get; }

    /// <summary>For a list field: the list's item type (null for other fields).</summary>
    public GraphQLType? ListItemType { get; }

    /// <summary>For a list field whose items are of an object type (or a non-null one): that object type, else null.</summary>
    public ObjectType? ListItemObject { get; }

    /// <summary>For a list field: true when its items are non-null.</summary>
    public bool ListItemIsNonNull { get; }

    /// <summary>The one writer of every completed value with bits of <see cref="TypedLeaf"/> (<see cref="Leaves.TypedLeaf.SharedWriter"/>), else null.</summary>
    public Leaves.LeafWriter? SharedWriter { get; }

    /// <summary>True when <see cref="TypedLeaf"/> completes values as writers made per value (<see cref="Leaves.TypedLeaf.MakesWriters"/>).</summary>
    public bool MakesWriters { get; }

    /// <summary>The response key (alias or field name).</summary>
    public string Key { get; }

    /// <summary>The response key as the result writer writes it (encoded once, not per object).</summary>
    public JsonEncodedText EncodedKey { get; }

    /// <summary>The field nodes merged under <see cref="Key"/>, in document order.</summary>
    public List<FieldNode> Nodes { get; }

    /// <summary>True for <c>__typename</c>.</summary>
    public bool IsTypename { get; }

    /// <summary>The field on the parent type (null for <c>__typename</c>, and for names validation rules out).</summary>
    public FieldDefinition? Definition { get; }

    /// <summary>The field's plain parent read when it takes no arguments (the executor skips the resolver context).</summary>
    public Func<object, object?>? ParentRead { get; }

    /// <summary>True when <see cref="ParentRead"/> is set and the field's named type is a scalar or enum.</summary>
    public bool IsLeaf => SerializeLeaf is not null;

    /// <summary>For a <see cref="IsLeaf"/> field: its scalar's or enum's serialiser.</summary>
    public Func<object, object?>? SerializeLeaf { get; }

    /// <summary>For a <see cref="IsLeaf"/> field whose read has a typed form: the read without boxing (else null).</summary>
    public Leaves.TypedLeaf? TypedLeaf { get; }

    /// <summary>Where a result map of this plan keeps the field's bits (for a <see cref="TypedLeaf"/> with bits), else -1.</summary>
    public int BitsIndex { get; set; } = -1;

    /// <summary>True when the field's type is non-null.</summary>
    public bool IsNonNull { get; }

    /// <summary>CoerceArgumentValues for this field; the map is kept when no argument refers to a variable.</summary>
    public IReadOnlyDictionary<string, object?> Arguments(RequestContext request)
    {
        if (_literalArguments is { } cached)
        {
            return cached;
        }

        var (values, usesVariables) = ArgumentCoercer.Coerce(Definition!, Nodes[0], request.Variables);
        if (!usesVariables)
        {
            _literalArguments = values;
        }

        return values;
    }

    /// <summary>The merged sub-selection for a value of <paramref name="type"/>; kept (for the last type seen) when it does not depend on variables.</summary>
    public CollectedFields Subfields(RequestContext request, ObjectType type)
    {
        if (_child is { } child && ReferenceEquals(child.Type, type))
        {
            return child.Fields;
        }

        var collected = FieldCollector.CollectSubfields(request, type, Nodes);
        if (!collected.DependsOnVariables)
        {
            _child = new ChildPlan(type, collected);
        }

        return collected;
    }

    /// <summary>A collected sub-selection and the object type it was collected for.</summary>
    private sealed record ChildPlan(ObjectType Type, CollectedFields Fields);
}

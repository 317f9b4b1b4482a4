using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution.Leaves;

/// <summary>
/// A CLR enum read (or nullable enum) for an enum type: the value is matched without boxing against the type's values, in
/// declaration order like <see cref="EnumType.Serialize"/>, and written as the value's pre-encoded name.
/// </summary>
internal sealed class EnumLeaf<TParent, TEnum> : TypedLeaf
{
    private readonly Func<TParent, TEnum> _read;
    private readonly TEnum[] _values;
    private readonly EnumNameWriter[] _names;
    private readonly bool _isNonNull;

    public EnumLeaf(Func<TParent, TEnum> read, EnumType type, bool isNonNull)
    {
        _read = read;
        _isNonNull = isNonNull;
        var values = new List<TEnum>();
        var names = new List<EnumNameWriter>();
        for (var i = 0; i < type.Values.Count; i++)
        {
            if (type.Values[i].Value is TEnum value)
            {
                values.Add(value);
                names.Add(type.NameWriters[i]);
            }
        }

        _values = [.. values];
        _names = [.. names];
    }

    public override bool HasBits => false;

    public override bool MakesWriters => true;

    public override bool TryRead(object parent, out object? value, out long bits)
    {
        bits = 0;
        var read = _read((TParent)parent);
        if (read is null)
        {
            value = null;
            return !_isNonNull;
        }

        for (var i = 0; i < _values.Length; i++)
        {
            if (EqualityComparer<TEnum>.Default.Equals(read, _values[i]))
            {
                value = _names[i];
                return true;
            }
        }

        // A value the enum type does not list: the serialiser reports it.
        value = read;
        return false;
    }
}

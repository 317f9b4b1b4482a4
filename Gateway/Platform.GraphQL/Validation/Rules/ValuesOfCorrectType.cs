using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.6.1 Values of Correct Type, §5.6.2 Input Object Field Names, §5.6.4 Input Object Required Fields, and @oneOf.</summary>
public sealed class ValuesOfCorrectType : ValidationRule
{
    public override void EnterValue(ValidationContext context, ValueNode value)
    {
        if (context.InputType is not { } type || value is VariableNode)
        {
            return;
        }

        if (value is NullValueNode)
        {
            if (type is NonNullType)
            {
                context.Report($"Expected value of type \"{type}\", found null.", value);
            }

            return;
        }

        if (value is ListValueNode)
        {
            if (type.Nullable is not ListType)
            {
                IsValidLeafOrObject(context, type, value);
            }

            return;
        }

        // A single value where a list is expected stands for a list of one item (input coercion of lists).
        var effective = type;
        while (effective.Nullable is ListType list)
        {
            effective = list.OfType;
        }

        if (value is ObjectValueNode obj)
        {
            CheckObject(context, effective, obj);
        }
        else
        {
            CheckLeaf(context, effective, value);
        }
    }

    private static void IsValidLeafOrObject(ValidationContext context, GraphQLType type, ValueNode value) =>
        context.Report($"Expected value of type \"{type}\", found {Printer.Print(value)}.", value);

    private static void CheckObject(ValidationContext context, GraphQLType type, ObjectValueNode obj)
    {
        if (type.Nullable is not InputObjectType input)
        {
            IsValidLeafOrObject(context, type, obj);
            return;
        }

        foreach (var field in obj.Fields.Where(f => !input.Fields.ContainsKey(f.Name)))
        {
            context.Report($"Field \"{field.Name}\" is not defined by type \"{input.Name}\".", field);
        }

        foreach (var (name, definition) in input.Fields)
        {
            if (definition.Type is NonNullType && !definition.HasDefault && obj.Fields.All(f => f.Name != name))
            {
                context.Report($"Field \"{input.Name}.{name}\" of required type \"{definition.Type}\" was not provided.", obj);
            }
        }

        if (input.IsOneOf)
        {
            if (obj.Fields.Count != 1)
            {
                context.Report($"OneOf Input Object \"{input.Name}\" must specify exactly one key.", obj);
            }
            else if (obj.Fields[0].Value is NullValueNode)
            {
                context.Report($"Field \"{input.Name}.{obj.Fields[0].Name}\" must be non-null.", obj);
            }
        }
    }

    private static void CheckLeaf(ValidationContext context, GraphQLType type, ValueNode value)
    {
        if (value is VariableNode)
        {
            return;
        }

        var named = type.Named;
        if (value is NullValueNode)
        {
            if (type is NonNullType)
            {
                context.Report($"Expected value of type \"{type}\", found null.", value);
            }

            return;
        }

        try
        {
            switch (named)
            {
                case ScalarType scalar:
                    _ = scalar.ParseLiteral(value);
                    break;
                case EnumType enumType:
                    if (value is EnumValueNode enumValue && !enumType.ValuesByName.ContainsKey(enumValue.Value))
                    {
                        context.Report($"Value \"{enumValue.Value}\" does not exist in \"{enumType.Name}\" enum.", value);
                        return;
                    }

                    _ = enumType.ParseLiteral(value);
                    break;
                case InputObjectType:
                    IsValidLeafOrObject(context, type, value);
                    break;
            }
        }
        catch (InputCoercionException exception)
        {
            context.Report($"Expected value of type \"{type}\", found {Printer.Print(value)}; {exception.Message}", value);
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or ArgumentException)
        {
            context.Report($"Expected value of type \"{type}\", found {Printer.Print(value)}; {exception.Message}", value);
        }
    }
}

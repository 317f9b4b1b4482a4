using System.Text.RegularExpressions;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Building;

/// <summary>The spec's type system validation rules (§3 "Type Validation" of each kind), run at build time.</summary>
internal static partial class SchemaRules
{
    public static void Validate(IReadOnlyList<NamedType> types, IReadOnlyList<DirectiveDefinition> directives, List<string> errors)
    {
        foreach (var directive in directives)
        {
            CheckName(directive.Name, $"@{directive.Name}", errors);
            if (directive.Locations.Count == 0)
            {
                errors.Add($"Directive @{directive.Name} must include at least one location.");
            }

            CheckArguments(directive.Arguments, $"@{directive.Name}", errors);
        }

        foreach (var type in types)
        {
            var isIntrospection = type.Name.StartsWith("__", StringComparison.Ordinal) && Introspection.IntrospectionTypes.Names.Contains(type.Name);
            if (!isIntrospection)
            {
                CheckName(type.Name, type.Name, errors);
            }

            switch (type)
            {
                case ComplexType complex:
                    CheckComplex(complex, errors);
                    break;
                case UnionType union when union.Types.Count == 0:
                    errors.Add($"Union type {union.Name} must define one or more member types.");
                    break;
                case EnumType enumType:
                    if (enumType.Values.Count == 0)
                    {
                        errors.Add($"Enum type {enumType.Name} must define one or more values.");
                    }

                    foreach (var value in enumType.Values)
                    {
                        CheckName(value.Name, $"{enumType.Name}.{value.Name}", errors);
                        if (value.Name is "true" or "false" or "null")
                        {
                            errors.Add($"Enum type {enumType.Name} cannot include value: {value.Name}.");
                        }
                    }

                    if (enumType.ValuesByName.Count != enumType.Values.Count)
                    {
                        errors.Add($"Enum type {enumType.Name} defines a value name more than once.");
                    }

                    break;
                case InputObjectType input:
                    CheckInputObject(input, errors);
                    break;
            }
        }
    }

    private static void CheckComplex(ComplexType type, List<string> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add($"Type {type.Name} must define one or more fields.");
        }

        foreach (var (name, field) in type.Fields)
        {
            CheckName(name, $"{type.Name}.{name}", errors);
            if (!field.Type.IsOutputType)
            {
                errors.Add($"The type of {type.Name}.{name} must be Output Type but got: {field.Type}.");
            }

            CheckArguments(field.Arguments, $"{type.Name}.{name}", errors);
        }

        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }

            foreach (var transitive in iface.Interfaces)
            {
                if (!type.Interfaces.Contains(transitive))
                {
                    errors.Add($"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
                }
            }

            CheckImplementation(type, iface, errors);
        }
    }

    private static void CheckArguments(IReadOnlyDictionary<string, InputValueDefinition> arguments, string owner, List<string> errors)
    {
        foreach (var (name, argument) in arguments)
        {
            CheckName(name, $"{owner}({name}:)", errors);
            if (!argument.Type.IsInputType)
            {
                errors.Add($"The type of {owner}({name}:) must be Input Type but got: {argument.Type}.");
            }

            if (argument.IsDeprecated && argument.Type is NonNullType && !argument.HasDefault)
            {
                errors.Add($"Required argument {owner}({name}:) cannot be deprecated.");
            }
        }
    }

    private static void CheckInputObject(InputObjectType input, List<string> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add($"Input Object type {input.Name} must define one or more fields.");
        }

        foreach (var (name, field) in input.Fields)
        {
            CheckName(name, $"{input.Name}.{name}", errors);
            if (!field.Type.IsInputType)
            {
                errors.Add($"The type of {input.Name}.{name} must be Input Type but got: {field.Type}.");
            }

            if (field.IsDeprecated && field.Type is NonNullType && !field.HasDefault)
            {
                errors.Add($"Required input field {input.Name}.{name} cannot be deprecated.");
            }

            if (input.IsOneOf && (field.Type is NonNullType || field.HasDefault))
            {
                errors.Add($"OneOf input field {input.Name}.{name} must be nullable and have no default value.");
            }
        }

        if (HasNonNullCycle(input, input, []))
        {
            errors.Add($"Cannot reference Input Object \"{input.Name}\" within itself through a series of non-null fields.");
        }
    }

    private static bool HasNonNullCycle(InputObjectType start, InputObjectType current, HashSet<InputObjectType> visited)
    {
        if (!visited.Add(current))
        {
            return false;
        }

        foreach (var field in current.Fields.Values)
        {
            if (field.Type is NonNullType { OfType: InputObjectType next })
            {
                if (ReferenceEquals(next, start) || HasNonNullCycle(start, next, visited))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void CheckName(string name, string where, List<string> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add($"Name \"{where}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
        else if (!NamePattern().IsMatch(name))
        {
            errors.Add($"Names must only contain [_a-zA-Z0-9] but \"{where}\" does not.");
        }
    }

    [GeneratedRegex("^[_A-Za-z][_0-9A-Za-z]*$")]
    private static partial Regex NamePattern();
}

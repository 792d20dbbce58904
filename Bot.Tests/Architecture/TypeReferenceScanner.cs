using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace MentorBot.Tests.Architecture;

/// <summary>
/// Reads a compiled assembly and lists, per type, every type it uses: base type, interfaces, attributes, the
/// signatures of its fields, methods and properties, the locals of its methods, and every type, method and field
/// token in their IL. Compiler-generated types (lambdas, async state machines, iterators) count for the type whose
/// code they were generated from, so a dependency hidden in a lambda body is still found.
/// </summary>
internal static class TypeReferenceScanner
{
    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    /// <summary>Type full name (Namespace.Outer+Inner) to the full names of the types it references.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Scan(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeDefinitions)
        {
            var owner = OwnerOf(reader, handle);
            if (owner is null)
                continue;
            if (!result.TryGetValue(owner, out var references))
                result[owner] = references = new HashSet<string>(StringComparer.Ordinal);
            CollectType(pe, reader, handle, references);
        }

        return result.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal);
    }

    // Compiler-generated types have names like <>c or <RunAsync>d__4: climb to the type that declared them.
    private static string? OwnerOf(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var current = handle;
        while (reader.GetString(reader.GetTypeDefinition(current).Name).StartsWith('<'))
        {
            var declaring = reader.GetTypeDefinition(current).GetDeclaringType();
            if (declaring.IsNil)
                return null; // <Module>, <PrivateImplementationDetails>: belong to no type of ours.
            current = declaring;
        }

        return TypeNameProvider.FullName(reader, current);
    }

    private static void CollectType(PEReader pe, MetadataReader reader, TypeDefinitionHandle handle, HashSet<string> into)
    {
        var type = reader.GetTypeDefinition(handle);
        AddEntity(reader, type.BaseType, into);
        foreach (var implementation in type.GetInterfaceImplementations())
            AddEntity(reader, reader.GetInterfaceImplementation(implementation).Interface, into);
        AddAttributes(reader, type.GetCustomAttributes(), into);
        AddGenericConstraints(reader, type.GetGenericParameters(), into);

        foreach (var fieldHandle in type.GetFields())
        {
            var field = reader.GetFieldDefinition(fieldHandle);
            into.UnionWith(field.DecodeSignature(TypeNameProvider.Instance, null));
            AddAttributes(reader, field.GetCustomAttributes(), into);
        }

        foreach (var propertyHandle in type.GetProperties())
        {
            var property = reader.GetPropertyDefinition(propertyHandle);
            into.UnionWith(TypeNameProvider.Flatten(property.DecodeSignature(TypeNameProvider.Instance, null)));
            AddAttributes(reader, property.GetCustomAttributes(), into);
        }

        foreach (var eventHandle in type.GetEvents())
            AddEntity(reader, reader.GetEventDefinition(eventHandle).Type, into);

        foreach (var methodHandle in type.GetMethods())
            CollectMethod(pe, reader, reader.GetMethodDefinition(methodHandle), into);
    }

    private static void CollectMethod(PEReader pe, MetadataReader reader, MethodDefinition method, HashSet<string> into)
    {
        into.UnionWith(TypeNameProvider.Flatten(method.DecodeSignature(TypeNameProvider.Instance, null)));
        AddAttributes(reader, method.GetCustomAttributes(), into);
        foreach (var parameter in method.GetParameters())
            AddAttributes(reader, reader.GetParameter(parameter).GetCustomAttributes(), into);
        AddGenericConstraints(reader, method.GetGenericParameters(), into);
        if (method.RelativeVirtualAddress == 0)
            return;

        var body = pe.GetMethodBody(method.RelativeVirtualAddress);
        if (!body.LocalSignature.IsNil)
            into.UnionWith(reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(TypeNameProvider.Instance, null).SelectMany(l => l));
        foreach (var region in body.ExceptionRegions)
            AddEntity(reader, region.CatchType, into);

        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            var first = il.ReadByte();
            var code = first == 0xFE ? unchecked((short)(0xFE00 | il.ReadByte())) : first;
            switch (Operands[code])
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok or OperandType.InlineSig:
                    AddEntity(reader, MetadataTokens.EntityHandle(il.ReadInt32()), into);
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineString or OperandType.ShortInlineR:
                    il.Offset += 4;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
            }
        }
    }

    private static void AddEntity(MetadataReader reader, EntityHandle handle, HashSet<string> into)
    {
        if (handle.IsNil)
            return;
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                into.Add(TypeNameProvider.FullName(reader, (TypeDefinitionHandle)handle));
                break;
            case HandleKind.TypeReference:
                into.Add(TypeNameProvider.FullName(reader, (TypeReferenceHandle)handle));
                break;
            case HandleKind.TypeSpecification:
                into.UnionWith(reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(TypeNameProvider.Instance, null));
                break;
            case HandleKind.MemberReference:
                var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                AddEntity(reader, member.Parent, into);
                into.UnionWith(member.GetKind() == MemberReferenceKind.Method
                    ? TypeNameProvider.Flatten(member.DecodeMethodSignature(TypeNameProvider.Instance, null))
                    : member.DecodeFieldSignature(TypeNameProvider.Instance, null));
                break;
            case HandleKind.MethodDefinition:
                var method = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                AddEntity(reader, method.GetDeclaringType(), into);
                into.UnionWith(TypeNameProvider.Flatten(method.DecodeSignature(TypeNameProvider.Instance, null)));
                break;
            case HandleKind.FieldDefinition:
                var field = reader.GetFieldDefinition((FieldDefinitionHandle)handle);
                AddEntity(reader, field.GetDeclaringType(), into);
                into.UnionWith(field.DecodeSignature(TypeNameProvider.Instance, null));
                break;
            case HandleKind.MethodSpecification:
                var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                AddEntity(reader, specification.Method, into);
                into.UnionWith(specification.DecodeSignature(TypeNameProvider.Instance, null).SelectMany(a => a));
                break;
            case HandleKind.StandaloneSignature:
                var signature = reader.GetStandaloneSignature((StandaloneSignatureHandle)handle);
                if (signature.GetKind() == StandaloneSignatureKind.Method)
                    into.UnionWith(TypeNameProvider.Flatten(signature.DecodeMethodSignature(TypeNameProvider.Instance, null)));
                break;
        }
    }

    private static void AddAttributes(MetadataReader reader, CustomAttributeHandleCollection attributes, HashSet<string> into)
    {
        foreach (var attribute in attributes)
            AddEntity(reader, reader.GetCustomAttribute(attribute).Constructor, into);
    }

    private static void AddGenericConstraints(MetadataReader reader, GenericParameterHandleCollection parameters, HashSet<string> into)
    {
        foreach (var parameter in parameters)
        {
            foreach (var constraint in reader.GetGenericParameter(parameter).GetConstraints())
                AddEntity(reader, reader.GetGenericParameterConstraint(constraint).Type, into);
        }
    }

    /// <summary>The names of the assemblies the assembly references (what its project pulled in and used).</summary>
    public static ImmutableArray<string> AssemblyReferences(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return [.. reader.AssemblyReferences.Select(r => reader.GetString(reader.GetAssemblyReference(r).Name))];
    }
}

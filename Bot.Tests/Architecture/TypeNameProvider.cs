using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace MentorBot.Tests.Architecture;

/// <summary>
/// Decodes a metadata signature into the full names of every type it mentions (generic arguments, array
/// elements and modifiers included), which is all a dependency rule needs to know about it.
/// </summary>
internal sealed class TypeNameProvider : ISignatureTypeProvider<ImmutableArray<string>, object?>
{
    public static TypeNameProvider Instance { get; } = new();

    public ImmutableArray<string> GetPrimitiveType(PrimitiveTypeCode typeCode) => [$"System.{typeCode}"];

    public ImmutableArray<string> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => [FullName(reader, handle)];

    public ImmutableArray<string> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => [FullName(reader, handle)];

    public ImmutableArray<string> GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public ImmutableArray<string> GetSZArrayType(ImmutableArray<string> elementType) => elementType;

    public ImmutableArray<string> GetArrayType(ImmutableArray<string> elementType, ArrayShape shape) => elementType;

    public ImmutableArray<string> GetByReferenceType(ImmutableArray<string> elementType) => elementType;

    public ImmutableArray<string> GetPointerType(ImmutableArray<string> elementType) => elementType;

    public ImmutableArray<string> GetPinnedType(ImmutableArray<string> elementType) => elementType;

    public ImmutableArray<string> GetGenericInstantiation(ImmutableArray<string> genericType, ImmutableArray<ImmutableArray<string>> typeArguments) =>
        [.. genericType, .. typeArguments.SelectMany(a => a)];

    public ImmutableArray<string> GetGenericMethodParameter(object? genericContext, int index) => [];

    public ImmutableArray<string> GetGenericTypeParameter(object? genericContext, int index) => [];

    public ImmutableArray<string> GetModifiedType(ImmutableArray<string> modifier, ImmutableArray<string> unmodifiedType, bool isRequired) =>
        [.. modifier, .. unmodifiedType];

    public ImmutableArray<string> GetFunctionPointerType(MethodSignature<ImmutableArray<string>> signature) => Flatten(signature);

    public static ImmutableArray<string> Flatten(MethodSignature<ImmutableArray<string>> signature) =>
        [.. signature.ReturnType, .. signature.ParameterTypes.SelectMany(p => p)];

    /// <summary>Namespace.Name, with nested types as Outer+Inner as reflection spells them.</summary>
    public static string FullName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
            return $"{FullName(reader, declaring)}+{name}";
        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : $"{ns}.{name}";
    }

    public static string FullName(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        var name = reader.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
            return $"{FullName(reader, (TypeReferenceHandle)type.ResolutionScope)}+{name}";
        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : $"{ns}.{name}";
    }
}

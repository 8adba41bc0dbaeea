using System.Text;
using System.Text.Json;
using Maiev.Runtime.Configuration.Hocon;

namespace Maiev.Runtime.Configuration;

/// <summary>Renders a configuration tree as HOCON or JSON, masking secrets when asked.</summary>
internal static class ConfigRenderer
{
    public static string ToHocon(ConfigObject root, bool mask)
    {
        var sb = new StringBuilder();
        foreach (var (key, value) in root.Fields)
            Field(sb, key, value, 0, mask);
        return sb.ToString();
    }

    private static void Field(StringBuilder sb, string key, ConfigValue value, int indent, bool mask)
    {
        sb.Append(' ', indent * 2).Append(ConfigPath.RenderKey(key));
        if (value is ConfigObject o)
        {
            sb.Append(" {\n");
            foreach (var (k, v) in o.Fields)
                Field(sb, k, v, indent + 1, mask);
            sb.Append(' ', indent * 2).Append("}\n");
            return;
        }

        sb.Append(" = ");
        Value(sb, key, value, indent, mask);
        sb.Append('\n');
    }

    private static void Value(StringBuilder sb, string key, ConfigValue value, int indent, bool mask)
    {
        switch (value)
        {
            case ConfigObject o:
                sb.Append("{\n");
                foreach (var (k, v) in o.Fields)
                    Field(sb, k, v, indent + 1, mask);
                sb.Append(' ', indent * 2).Append('}');
                break;
            case ConfigList l:
                sb.Append('[');
                for (var i = 0; i < l.Items.Count; i++)
                {
                    if (i > 0)
                        sb.Append(", ");
                    Value(sb, key, l.Items[i], indent, mask);
                }

                sb.Append(']');
                break;
            case ConfigScalar { ValueType: ConfigValueType.String } s:
                sb.Append(ConfigPath.Quote(mask ? ConfigSecrets.Redact(key, s.Text) : s.Text));
                break;
            case ConfigScalar s:
                sb.Append(mask && ConfigSecrets.IsSecretKey(key) && s.ValueType != ConfigValueType.Null ? ConfigPath.Quote(ConfigSecrets.Mask) : s.Text);
                break;
            case ConfigSubstitution sub:
                sb.Append(sub);
                break;
            case ConfigConcatenation c:
                foreach (var piece in c.Pieces)
                {
                    if (piece is ConfigScalar { IsWhitespace: true } ws)
                        sb.Append(ws.Text);
                    else
                        Value(sb, key, piece, indent, mask);
                }

                break;
            case ConfigMergeStack m:
                Value(sb, key, m.Items[0], indent, mask); // the newest definition; the rest is merged at resolution
                break;
        }
    }

    public static string ToJson(ConfigObject root, bool mask)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            Json(writer, "", root, mask);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Json(Utf8JsonWriter w, string key, ConfigValue value, bool mask)
    {
        switch (value)
        {
            case ConfigObject o:
                w.WriteStartObject();
                foreach (var (k, v) in o.Fields)
                {
                    w.WritePropertyName(k);
                    Json(w, k, v, mask);
                }

                w.WriteEndObject();
                break;
            case ConfigList l:
                w.WriteStartArray();
                foreach (var item in l.Items)
                    Json(w, key, item, mask);
                w.WriteEndArray();
                break;
            case ConfigScalar { ValueType: ConfigValueType.Null }:
                w.WriteNullValue();
                break;
            case ConfigScalar s when mask && ConfigSecrets.IsSecretKey(key) && s.Text.Length > 0:
                w.WriteStringValue(ConfigSecrets.Mask);
                break;
            case ConfigScalar { ValueType: ConfigValueType.String } s:
                w.WriteStringValue(mask ? ConfigSecrets.Redact(key, s.Text) : s.Text);
                break;
            case ConfigScalar { ValueType: ConfigValueType.Boolean } s:
                w.WriteBooleanValue(s.Text == "true");
                break;
            case ConfigScalar s:
                w.WriteRawValue(s.Text);
                break;
            default:
                throw new ConfigResolveException("cannot render an unresolved configuration as JSON: call Resolve() first", value.Origin, key);
        }
    }
}

// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cdkcode.h"

#include "escape.h"

using namespace Qt::StringLiterals;

namespace cors::render::cdk {

namespace {

constexpr int lineWidth = 96;
constexpr int step = 4; // both printers indent by four: PEP 8, and CDK's own TypeScript samples
                        // read the same

QString moduleAlias(Module module, Language language)
{
    switch (module) {
    case Module::Core:
        return {};
    case Module::ApiGateway:
        return u"apigateway"_s;
    case Module::ApiGatewayV2:
        return u"apigwv2"_s;
    case Module::Integrations:
        return u"integrations"_s;
    case Module::Authorizers:
        return u"authorizers"_s;
    case Module::Lambda:
        // `lambda` is a Python keyword (and CDK's Python samples call the module _lambda).
        return language == Language::Python ? u"_lambda"_s : u"lambda"_s;
    }
    return {};
}

/// Wraps `text` into lines of at most `width` characters (longer words stay whole).
QStringList wrap(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!line.isEmpty()) {
        lines.append(line);
    }
    return lines;
}

} // namespace

QString pythonName(const QString &name)
{
    static const QStringList keywords{u"with"_s,   u"lambda"_s, u"from"_s,  u"import"_s,
                                      u"class"_s,  u"global"_s, u"pass"_s,  u"in"_s,
                                      u"is"_s,     u"not"_s,    u"and"_s,   u"or"_s,
                                      u"return"_s, u"def"_s,    u"async"_s, u"await"_s};
    if (name.isEmpty() || name.front().isUpper()) {
        return name;
    }
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isUpper() && i > 0 && !name.at(i - 1).isUpper()) {
            out += u'_';
        }
        out += c.toLower();
    }
    return keywords.contains(out) ? out + u'_' : out;
}

// ---- building ----

Expr Expr::string(const QString &text)
{
    Expr e;
    e.m_null = false;
    e.m_kind = Kind::String;
    e.m_text = text;
    return e;
}

Expr Expr::integer(qint64 value)
{
    Expr e;
    e.m_null = false;
    e.m_kind = Kind::Integer;
    e.m_integer = value;
    return e;
}

Expr Expr::boolean(bool value)
{
    Expr e;
    e.m_null = false;
    e.m_kind = Kind::Boolean;
    e.m_boolean = value;
    return e;
}

Expr Expr::list(QList<Expr> items)
{
    Expr e;
    e.m_null = false;
    e.m_kind = Kind::List;
    e.m_items = std::move(items);
    return e;
}

Expr Expr::strings(const QStringList &items)
{
    QList<Expr> exprs;
    for (const QString &item : items) {
        exprs.append(string(item));
    }
    return list(std::move(exprs));
}

Expr Expr::structOf(QList<std::pair<QString, Expr>> entries, const QString &pythonType)
{
    Expr e;
    e.m_null = false;
    e.m_kind = Kind::Struct;
    e.m_entries = std::move(entries);
    e.m_python = pythonType;
    return e;
}

Expr Expr::dict(QList<std::pair<QString, Expr>> entries)
{
    Expr e;
    e.m_null = false;
    e.m_kind = Kind::Dict;
    e.m_entries = std::move(entries);
    return e;
}

Expr Expr::var(const QString &name)
{
    Expr e;
    e.m_null = false;
    e.m_kind = Kind::Name;
    e.m_text = name;
    return e;
}

Expr Expr::self()
{
    return raw(u"this"_s, u"self"_s);
}

Expr Expr::qualified(Module module, const QString &name)
{
    Expr e = var(name);
    e.m_module = module;
    e.m_qualified = true;
    return e;
}

Expr Expr::raw(const QString &typeScript, const QString &python)
{
    Expr e;
    e.m_null = false;
    e.m_kind = Kind::Raw;
    e.m_text = typeScript;
    e.m_python = python;
    return e;
}

Expr Expr::construct(Module module, const QString &className, QList<Expr> args)
{
    return construct(module, className, std::move(args), Expr());
}

Expr Expr::call(const QString &method, QList<Expr> args) const
{
    return call(method, std::move(args), Expr());
}

Expr Expr::construct(Module module, const QString &className, QList<Expr> args, const Expr &props)
{
    Expr e;
    e.m_null = false;
    e.m_kind = Kind::Call;
    e.m_isNew = true;
    e.m_target = std::make_shared<const Expr>(qualified(module, className));
    e.m_items = std::move(args);
    if (!props.isNull()) {
        e.m_props = std::make_shared<const Expr>(props);
    }
    return e;
}

Expr Expr::call(const QString &method, QList<Expr> args, const Expr &props) const
{
    Expr e;
    e.m_null = false;
    e.m_kind = Kind::Call;
    e.m_text = method;
    e.m_target = std::make_shared<const Expr>(*this);
    e.m_items = std::move(args);
    if (!props.isNull()) {
        e.m_props = std::make_shared<const Expr>(props);
    }
    return e;
}

Expr Expr::member(const QString &name) const
{
    Expr e;
    e.m_null = false;
    e.m_kind = Kind::Member;
    e.m_text = name;
    e.m_target = std::make_shared<const Expr>(*this);
    return e;
}

Expr Expr::index(const Expr &key) const
{
    Expr e;
    e.m_null = false;
    e.m_kind = Kind::Index;
    e.m_target = std::make_shared<const Expr>(*this);
    e.m_items = {key};
    return e;
}

Statement constant(const QString &name, Expr value, const QString &tsType, const QString &pyType)
{
    Statement s;
    s.kind = Statement::Kind::Const;
    s.name = name;
    s.value = std::move(value);
    s.tsType = tsType;
    s.pyType = pyType;
    return s;
}

Statement doing(Expr value)
{
    Statement s;
    s.kind = Statement::Kind::Do;
    s.value = std::move(value);
    return s;
}

Statement comment(const QString &text)
{
    Statement s;
    s.kind = Statement::Kind::Comment;
    s.text = text;
    return s;
}

Statement blank()
{
    return {};
}

Statement rawLines(const QString &typeScript, const QString &python)
{
    Statement s;
    s.kind = Statement::Kind::Raw;
    s.text = typeScript;
    s.python = python;
    return s;
}

// ---- printing ----

class Printer
{
public:
    explicit Printer(Language language)
        : m_language(language)
    {}

    /// `e` starting at a line indented by `indent`: on one line when it fits, else broken
    /// one element per line.
    QString expr(const Expr &e, int indent, qsizetype lead = 0) const
    {
        const QString flat = print(e, indent, false);
        if (indent + lead + flat.size() <= lineWidth || !isBreakable(e)) {
            return flat;
        }
        return print(e, indent, true);
    }

private:
    bool py() const { return m_language == Language::Python; }

    static bool isBreakable(const Expr &e)
    {
        switch (e.m_kind) {
        case Expr::Kind::List:
            return !e.m_items.isEmpty();
        case Expr::Kind::Struct:
        case Expr::Kind::Dict:
            return !e.m_entries.isEmpty();
        case Expr::Kind::Call:
            return !e.m_items.isEmpty() || e.m_props;
        default:
            return false;
        }
    }

    static QString pad(int indent) { return QString(indent, u' '); }

    QString name(const Expr &e) const
    {
        if (e.m_qualified) {
            const QString alias = moduleAlias(e.m_module, m_language);
            return alias.isEmpty() ? e.m_text : QString(alias + u'.' + e.m_text);
        }
        return py() ? pythonName(e.m_text) : e.m_text;
    }

    QString literal(const QString &text) const
    {
        return py() ? pythonString(text) : jsString(text);
    }

    /// `items` as "open item, item close" or broken over lines.
    QString group(const QStringList &items, const QString &open, const QString &close, int indent,
                  bool broken, bool spaced = false) const
    {
        if (items.isEmpty()) {
            return open + close;
        }
        if (!broken) {
            const QString inner = items.join(u", "_s);
            if (spaced) {
                return open + u' ' + inner + u' ' + close;
            }
            return open + inner + close;
        }
        QString out = open + u'\n';
        for (const QString &item : items) {
            out += pad(indent + step) + item + u",\n";
        }
        return out + pad(indent) + close;
    }

    QStringList entries(const Expr &e, int indent) const
    {
        QStringList out;
        for (const auto &[key, value] : e.m_entries) {
            if (e.m_kind == Expr::Kind::Dict) {
                out.append(literal(key) + u": "_s + expr(value, indent + step));
            } else if (py()) {
                out.append(pythonName(key) + u'=' + expr(value, indent + step));
            } else {
                out.append(key + u": "_s + expr(value, indent + step));
            }
        }
        return out;
    }

    QString call(const Expr &e, int indent, bool broken) const
    {
        const QString callee = e.m_isNew
                                   ? QString((py() ? QString() : u"new "_s) + name(*e.m_target))
                                   : QString(print(*e.m_target, indent, false) + u'.' +
                                             (py() ? pythonName(e.m_text) : e.m_text));
        const bool argsBroken = broken && py();
        QStringList args;
        for (const Expr &arg : e.m_items) {
            args.append(expr(arg, indent + (argsBroken ? step : 0)));
        }
        if (!e.m_props) {
            return callee + group(args, u"("_s, u")"_s, indent, broken);
        }
        if (py()) {
            // jsii: a call's last struct argument becomes keyword arguments.
            args += entries(*e.m_props, indent);
            return callee + group(args, u"("_s, u")"_s, indent, broken);
        }
        // TypeScript: the arguments on the line, the props object broken below when long.
        const QString props = print(*e.m_props, indent, broken);
        args.append(props);
        return callee + u'(' + args.join(u", "_s) + u')';
    }

    QString print(const Expr &e, int indent, bool broken) const
    {
        switch (e.m_kind) {
        case Expr::Kind::String:
            return literal(e.m_text);
        case Expr::Kind::Integer:
            return QString::number(e.m_integer);
        case Expr::Kind::Boolean:
            return py() ? (e.m_boolean ? u"True"_s : u"False"_s)
                        : (e.m_boolean ? u"true"_s : u"false"_s);
        case Expr::Kind::List: {
            QStringList items;
            for (const Expr &item : e.m_items) {
                items.append(expr(item, indent + step));
            }
            return group(items, u"["_s, u"]"_s, indent, broken);
        }
        case Expr::Kind::Struct:
            if (py()) {
                const QString type = e.m_python.isEmpty() ? u"dict"_s : e.m_python;
                return type + group(entries(e, indent), u"("_s, u")"_s, indent, broken);
            }
            return group(entries(e, indent), u"{"_s, u"}"_s, indent, broken, true);
        case Expr::Kind::Dict:
            return group(entries(e, indent), u"{"_s, u"}"_s, indent, broken, !py());
        case Expr::Kind::Name:
            return name(e);
        case Expr::Kind::Raw:
            return py() ? e.m_python : e.m_text;
        case Expr::Kind::Call:
            return call(e, indent, broken);
        case Expr::Kind::Member:
            return print(*e.m_target, indent, false) + u'.' +
                   (py() ? pythonName(e.m_text) : e.m_text);
        case Expr::Kind::Index:
            return print(*e.m_target, indent, false) + u'[' +
                   print(e.m_items.constFirst(), indent, false) + u']';
        }
        return {};
    }

    Language m_language;
};

QString print(const QList<Statement> &statements, Language language, int indent)
{
    const Printer printer(language);
    const bool py = language == Language::Python;
    const QString padding(indent, u' ');
    QString out;
    for (const Statement &s : statements) {
        switch (s.kind) {
        case Statement::Kind::Const: {
            const QString type = py ? s.pyType : s.tsType;
            const QString head = (py ? pythonName(s.name) : u"const "_s + s.name) +
                                 (type.isEmpty() ? QString() : u": "_s + type) + u" = "_s;
            out += padding + head + printer.expr(s.value, indent, head.size() + 1) +
                   (py ? u"\n"_s : u";\n"_s);
            break;
        }
        case Statement::Kind::Do:
            out += padding + printer.expr(s.value, indent, 1) + (py ? u"\n"_s : u";\n"_s);
            break;
        case Statement::Kind::Comment:
            for (const QString &line : wrap(s.text, lineWidth - indent - 3)) {
                out += padding + (py ? u"# "_s : u"// "_s) + line + u'\n';
            }
            break;
        case Statement::Kind::Blank:
            out += u'\n';
            break;
        case Statement::Kind::Raw:
            for (const QString &line : (py ? s.python : s.text).split(u'\n')) {
                out += line.isEmpty() ? u"\n"_s : padding + line + u'\n';
            }
            break;
        }
    }
    return out;
}

} // namespace cors::render::cdk

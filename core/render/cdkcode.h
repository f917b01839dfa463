// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The AWS CDK stacks are built once, as a small tree of expressions and statements, and printed
// as TypeScript or as Python: both modules set the same construct properties to the same values
// by construction. Names are written in TypeScript's camelCase; the Python printer derives
// jsii's snake_case spelling from them (resourceForPath → resource_for_path, with → with_).
//
// Every string goes through jsString() / pythonString(): configuration values can hold quotes,
// backticks, "${", backslashes, line breaks or non-ASCII text and are never spliced into code.

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

namespace cors::render::cdk {

/// The modules a stack uses: each is `import * as <alias>` in TypeScript and
/// `from aws_cdk import <module> as <alias>` in Python.
enum class Module
{
    Core, ///< aws-cdk-lib itself: Stack, Duration, CfnOutput, CfnParameter (imported by name)
    ApiGateway,
    ApiGatewayV2,
    Integrations,
    Authorizers,
    Lambda,
};

class Expr
{
public:
    enum class Kind
    {
        String,
        Integer,
        Boolean,
        List,
        Struct, ///< construct props: { key: value } / Python keyword arguments or StructType(...)
        Dict,   ///< a map with literal string keys: { "k": v } in both languages
        Name,   ///< a variable, `this` / `self`, or a module-qualified name
        Raw,    ///< text that differs by language (path expressions)
        Call,   ///< target.method(args, struct) or new Module.Class(args, struct)
        Member, ///< target.name
        Index,  ///< target[key]
    };

    static Expr string(const QString &text);
    static Expr integer(qint64 value);
    static Expr boolean(bool value);
    static Expr list(QList<Expr> items);
    static Expr strings(const QStringList &items);
    /// Construct props; `pythonType` ("apigateway.StageOptions") names the struct class Python
    /// needs when the struct is a property value rather than a call's last argument.
    static Expr structOf(QList<std::pair<QString, Expr>> entries, const QString &pythonType = {});
    static Expr dict(QList<std::pair<QString, Expr>> entries);
    /// A local variable or constant, spelt in camelCase (TypeScript) / snake_case (Python).
    static Expr var(const QString &name);
    static Expr self();
    /// `module.Name` (Module::Core: `Name`).
    static Expr qualified(Module module, const QString &name);
    static Expr raw(const QString &typeScript, const QString &python);

    /// `new Module.Class(args..., struct)`: the construct's scope and ID come first in args.
    static Expr construct(Module module, const QString &className, QList<Expr> args,
                          const Expr &props);
    static Expr construct(Module module, const QString &className, QList<Expr> args);
    /// `target.method(args..., struct)`; a null `props` is left out.
    Expr call(const QString &method, QList<Expr> args, const Expr &props) const;
    Expr call(const QString &method, QList<Expr> args = {}) const;
    Expr member(const QString &name) const;
    Expr index(const Expr &key) const;

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_null; }

private:
    friend class Printer;
    Kind m_kind = Kind::Name;
    bool m_null = true;
    bool m_isNew = false;
    QString m_text;   ///< string value, name, method, TypeScript raw text
    QString m_python; ///< Python raw text, struct class
    Module m_module = Module::Core;
    bool m_qualified = false;
    qint64 m_integer = 0;
    bool m_boolean = false;
    QList<Expr> m_items; ///< list items; call arguments; [target] for member/index/call
    QList<std::pair<QString, Expr>> m_entries;
    std::shared_ptr<const Expr> m_target;
    std::shared_ptr<const Expr> m_props;
};

/// One line (or block) of the stack's constructor or of the module around it.
struct Statement
{
    enum class Kind
    {
        Const,   ///< const name = value; / name = value
        Do,      ///< value; / value
        Comment, ///< // text / # text, wrapped
        Blank,
        Raw, ///< language-specific lines (the stage selection)
    };
    Kind kind = Kind::Blank;
    QString name;
    Expr value;
    QString text;   ///< comment text; TypeScript raw lines
    QString python; ///< Python raw lines
    QString tsType; ///< optional type annotation of a Const (TypeScript)
    QString pyType; ///< optional type annotation of a Const (Python)
};

Statement constant(const QString &name, Expr value, const QString &tsType = {},
                   const QString &pyType = {});
Statement doing(Expr value);
Statement comment(const QString &text);
Statement blank();
Statement rawLines(const QString &typeScript, const QString &python);

enum class Language
{
    TypeScript,
    Python,
};

/// `name` as Python spells it: camelCase → snake_case, Python keywords get a trailing '_';
/// names that start upper-case (classes, constants, enum members) stay.
QString pythonName(const QString &name);

/// The statements, each on its own lines at `indent` spaces.
QString print(const QList<Statement> &statements, Language language, int indent);

} // namespace cors::render::cdk

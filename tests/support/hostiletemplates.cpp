// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostiletemplates.h"

namespace cors::test {

QByteArray repeated(const QByteArray &unit, int count)
{
    QByteArray bytes;
    bytes.reserve(unit.size() * count);
    for (int i = 0; i < count; ++i) {
        bytes.append(unit);
    }
    return bytes;
}

QByteArray flatList(int nodes)
{
    return QByteArray("Resources: [").append(repeated("a,", nodes - 1)).append("a]\n");
}

QByteArray aliasAmplification()
{
    QByteArray text = "Big: &big {";
    for (int i = 0; i < 10'000; ++i) {
        text.append("k").append(QByteArray::number(i)).append(": v, ");
    }
    text.append("Type: AWS::ApiGateway::Method}\nResources:\n");
    for (int i = 0; i < 20'000; ++i) {
        text.append("  R").append(QByteArray::number(i)).append(": *big\n");
    }
    return text;
}

QByteArray billionLaughs()
{
    QByteArray text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i < 10; ++i) {
        const QByteArray name = QByteArray("a").append(QByteArray::number(i));
        const QByteArray previous = QByteArray("*a").append(QByteArray::number(i - 1));
        text.append(name).append(": &").append(name).append(" [");
        text.append(repeated(QByteArray(previous).append(", "), 9)).append(previous);
        text.append("]\n");
    }
    return text.append("openapi: 3.0.1\nx-amazon-apigateway-cors:\n  allowOrigins: *a9\n"
                       "  allowHeaders: *a9\npaths: {}\n");
}

QByteArray largeSamTemplate(int functions)
{
    QByteArray text = "# Generated: a large SAM application.\n"
                      "Transform: AWS::Serverless-2016-10-31\n"
                      "Globals:\n"
                      "  Function: {Runtime: nodejs20.x, Timeout: 10, MemorySize: 256}\n"
                      "  Api:\n"
                      "    Cors:\n"
                      "      AllowOrigin: \"'https://app.example.com'\"\n"
                      "      AllowHeaders: \"'Content-Type,Authorization'\"\n"
                      "      MaxAge: \"'600'\"\n"
                      "Resources:\n"
                      "  RestApi:\n"
                      "    Type: AWS::Serverless::Api\n"
                      "    Properties: {StageName: prod}\n"
                      "  HttpApi:\n"
                      "    Type: AWS::Serverless::HttpApi\n"
                      "    Properties:\n"
                      "      CorsConfiguration:\n"
                      "        AllowOrigins: [https://app.example.com]\n"
                      "        AllowMethods: [GET, POST]\n";
    for (int i = 0; i < functions; ++i) {
        const QByteArray n = QByteArray::number(i);
        text.append("  Function").append(n).append(":\n");
        text.append("    Type: AWS::Serverless::Function\n    Properties:\n");
        text.append("      Handler: src/f").append(n).append(".handler\n");
        text.append("      Environment:\n        Variables: {TABLE: !Ref Table, STAGE: prod}\n");
        text.append("      Policies: [{DynamoDBCrudPolicy: {TableName: !Ref Table}}]\n");
        text.append("      Events:\n");
        text.append("        Rest:\n          Type: Api\n          Properties: {RestApiId: !Ref "
                    "RestApi, Path: /items/")
            .append(n)
            .append(", Method: get}\n");
        text.append("        Http:\n          Type: HttpApi\n          Properties: {ApiId: !Ref "
                    "HttpApi, Path: /things/")
            .append(n)
            .append(", Method: post}\n");
    }
    return text;
}

} // namespace cors::test

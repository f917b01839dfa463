// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window's layout at the sizes users have: 1024×700, a 1366×768 laptop, 1600×1000, and
// 800×600 (panes stacked). On both pages, with a project that shows every kind of control:
// no visible widget is clipped by its parent or overlaps a sibling, every control can be
// reached (inside the window or a scroll area), and the snippets and the advisor keep a
// readable size.

#include "gui/advisorpanel.h"
#include "gui/configform.h"
#include "gui/mainwindow.h"
#include "gui/previewpane.h"
#include "gui/projectdocument.h"
#include "gui/settings.h"
#include "gui/snippetview.h"
#include "gui/testerpanel.h"
#include "i18n/translations.h"

#include <QAbstractScrollArea>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLayout>
#include <QListView>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cors;

namespace {

QString describe(const QWidget *w)
{
    return u"%1 '%2' %3,%4 %5×%6"_s
        .arg(QString::fromLatin1(w->metaObject()->className()),
             w->accessibleName().isEmpty() ? w->objectName() : w->accessibleName())
        .arg(w->x())
        .arg(w->y())
        .arg(w->width())
        .arg(w->height());
}

/// Whether `w` is scrolled content: a child of a scroll area's viewport, which may extend past
/// it and is reached by scrolling.
bool isScrolledContent(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    return parent != nullptr && qobject_cast<const QAbstractScrollArea *>(parent->parentWidget()) &&
           static_cast<const QAbstractScrollArea *>(parent->parentWidget())->viewport() == parent;
}

/// Clipped or overlapping widgets under `root` (visible ones only).
QStringList layoutProblems(QWidget *root)
{
    QStringList problems;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (!w->isVisible() || isScrolledContent(w) || qobject_cast<QScrollBar *>(w) != nullptr) {
            continue;
        }
        const QWidget *parent = w->parentWidget();
        if (!w->isWindow() && !parent->rect().contains(w->geometry())) {
            problems.append(u"clipped: %1 in %2"_s.arg(describe(w), describe(parent)));
        }
        // Siblings a layout places must not overlap.
        if (QLayout *layout = w->layout()) {
            QList<QWidget *> placed;
            for (int i = 0; i < layout->count(); ++i) {
                QWidget *item = layout->itemAt(i)->widget();
                if (item != nullptr && item->isVisible()) {
                    placed.append(item);
                }
            }
            for (qsizetype a = 0; a < placed.size(); ++a) {
                for (qsizetype b = a + 1; b < placed.size(); ++b) {
                    if (placed[a]->geometry().intersects(placed[b]->geometry())) {
                        problems.append(
                            u"overlap: %1 and %2"_s.arg(describe(placed[a]), describe(placed[b])));
                    }
                }
            }
        }
    }
    return problems;
}

} // namespace

class TestGuiLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layoutHolds_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("page");
        for (const QSize size :
             {QSize(1024, 700), QSize(1366, 768), QSize(1600, 1000), QSize(800, 600)}) {
            for (const int page : {0, 1}) {
                QTest::addRow("%dx%d page %d", size.width(), size.height(), page) << size << page;
            }
        }
    }

    void layoutHolds()
    {
        QFETCH(QSize, size);
        QFETCH(int, page);
        checkLayout(size, page);
    }

    // German labels are longer; the window still fits 1024×700 (the tests after it do not
    // depend on the language, which stays German).
    void germanFitsToo()
    {
        QVERIFY(i18n::installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        checkLayout(QSize(1024, 700), 0);
        checkLayout(QSize(1024, 700), 1);
    }

private:
    void checkLayout(const QSize &size, int page)
    {
        QTemporaryDir dir;
        gui::Settings settings(dir.filePath(u"settings.ini"_s));
        gui::MainWindow window(&settings);
        CorsConfig config;
        config.allowOrigins = {u"https://app.example.com/"_s, u"https://admin.example.com"_s};
        config.authorizer = u"Authorization"_s;
        config.routes = {Route{u"/items"_s, {u"GET"_s, u"POST"_s}, false},
                         Route{u"/items/{id}"_s, {u"GET"_s, u"PUT"_s}, false}};
        config.stages = {Stage{u"dev"_s, {}},
                         Stage{u"prod"_s, QStringList{u"https://app.example.com"_s}}};
        window.document()->reset(config);
        window.pages()->setCurrentIndex(page);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Deferred layout: splitter sizes, tab order, the advisor's fix button (60 ms).
        QTest::qWait(150);
        QCoreApplication::processEvents(); // however busy the machine, the deferred calls ran

        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(minimum.width() <= size.width() && minimum.height() <= size.height(),
                 qPrintable(u"minimum %1×%2"_s.arg(minimum.width()).arg(minimum.height())));
        QCOMPARE(window.size(), size);

        const QStringList problems = layoutProblems(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        if (page == 0) {
            // What a user reads keeps a readable size, side by side or stacked.
            const render::Format format = window.previews()->currentFormat();
            const QWidget *snippet = window.previews()->view(format);
            // At 800×600, with the stale banner up, five lines and the scroll bar.
            const int lines = size.height() >= 700 ? 8 : 5;
            QVERIFY2(snippet->width() >= 380 &&
                         snippet->height() >= lines * snippet->fontMetrics().height(),
                     qPrintable(describe(snippet)));
            // Two findings at least, with the fix button below.
            QVERIFY2(window.advisor()->view()->height() >= 2 * window.fontMetrics().height(),
                     qPrintable(describe(window.advisor()->view())));
            // From 1024 px on, the form fits its pane: no sideways scrolling, in any language.
            auto *formScroll =
                qobject_cast<QAbstractScrollArea *>(window.form()->parentWidget()->parentWidget());
            QVERIFY(formScroll != nullptr);
            if (size.width() >= 1024) {
                QVERIFY2(!formScroll->horizontalScrollBar()->isVisible(),
                         qPrintable(u"form %1 px in a %2 px pane"_s
                                        .arg(window.form()->minimumSizeHint().width())
                                        .arg(formScroll->width())));
            }
            // The form never takes more than it needs when the window has room.
            if (size.width() >= 1366) {
                QVERIFY(snippet->width() > window.form()->parentWidget()->width());
            }
        }
    }

private Q_SLOTS:
    // The check itself finds a clipped child and overlapping siblings.
    void problemsAreFound()
    {
        QWidget parent;
        parent.resize(100, 100);
        auto *layout = new QHBoxLayout(&parent);
        auto *a = new QWidget(&parent);
        auto *b = new QWidget(&parent);
        layout->addWidget(a);
        layout->addWidget(b);
        auto *clipped = new QWidget(&parent);
        parent.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parent));
        QVERIFY(layoutProblems(&parent).isEmpty());
        clipped->setGeometry(90, 90, 30, 30);
        clipped->show();
        QVERIFY(layoutProblems(&parent).join(u'\n').contains(u"clipped"_s));
        clipped->hide();
        b->setGeometry(a->geometry().adjusted(5, 5, 5, 5));
        QVERIFY(layoutProblems(&parent).join(u'\n').contains(u"overlap"_s));
    }

    // The first window on a 1366×768 laptop fits its available area (panels, title bar).
    void firstWindowFitsTheScreen()
    {
        QTemporaryDir dir;
        gui::Settings settings(dir.filePath(u"settings.ini"_s));
        gui::MainWindow window(&settings);
        const QRect available = window.screen()->availableGeometry();
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(window.width() <= std::max(available.width(), minimum.width()) &&
                     window.height() <= std::max(available.height(), minimum.height()),
                 qPrintable(u"%1×%2 on %3×%4"_s.arg(window.width())
                                .arg(window.height())
                                .arg(available.width())
                                .arg(available.height())));
        QVERIFY(minimum.width() <= 1366 - 40 && minimum.height() <= 768 - 68);
    }
};

QTEST_MAIN(TestGuiLayout)
#include "tst_gui_layout.moc"

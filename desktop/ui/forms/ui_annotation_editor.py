# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'annotation_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AnnotationEditor(object):
    def setupUi(self, AnnotationEditor):
        if not AnnotationEditor.objectName():
            AnnotationEditor.setObjectName(u"AnnotationEditor")
        AnnotationEditor.resize(360, 260)
        self.editorLayout = QVBoxLayout(AnnotationEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.quoteLabel = QLabel(AnnotationEditor)
        self.quoteLabel.setObjectName(u"quoteLabel")
        self.quoteLabel.setWordWrap(True)
        self.quoteLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.editorLayout.addWidget(self.quoteLabel)

        self.bodyEdit = QPlainTextEdit(AnnotationEditor)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.editorLayout.addWidget(self.bodyEdit)

        self.tagsLayout = QHBoxLayout()
        self.tagsLayout.setObjectName(u"tagsLayout")
        self.tagsLabel = QLabel(AnnotationEditor)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.tagsLayout.addWidget(self.tagsLabel)

        self.tagsEdit = QLineEdit(AnnotationEditor)
        self.tagsEdit.setObjectName(u"tagsEdit")
        self.tagsEdit.setClearButtonEnabled(True)

        self.tagsLayout.addWidget(self.tagsEdit)


        self.editorLayout.addLayout(self.tagsLayout)

        self.shareableCheck = QCheckBox(AnnotationEditor)
        self.shareableCheck.setObjectName(u"shareableCheck")

        self.editorLayout.addWidget(self.shareableCheck)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.messageLabel = QLabel(AnnotationEditor)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.buttonLayout.addWidget(self.messageLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.deleteButton = QPushButton(AnnotationEditor)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonLayout.addWidget(self.deleteButton)

        self.cancelButton = QPushButton(AnnotationEditor)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(AnnotationEditor)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.editorLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.tagsLabel.setBuddy(self.tagsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.bodyEdit, self.tagsEdit)
        QWidget.setTabOrder(self.tagsEdit, self.shareableCheck)
        QWidget.setTabOrder(self.shareableCheck, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.deleteButton)

        self.retranslateUi(AnnotationEditor)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, AnnotationEditor):
        AnnotationEditor.setWindowTitle(QCoreApplication.translate("AnnotationEditor", u"\u6279\u6ce8", None))
        self.quoteLabel.setText(QCoreApplication.translate("AnnotationEditor", u"\u5728\u539f\u6587\u4e2d\u9009\u4e2d\u6587\u5b57\u540e\u6dfb\u52a0\u6279\u6ce8\uff0c\u6216\u5728\u4e0a\u65b9\u5217\u8868\u4e2d\u9009\u62e9\u4e00\u6761\u6279\u6ce8\u3002", None))
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("AnnotationEditor", u"\u6279\u6ce8\u5185\u5bb9", None))
        self.tagsLabel.setText(QCoreApplication.translate("AnnotationEditor", u"\u6807\u7b7e", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("AnnotationEditor", u"\u591a\u4e2a\u6807\u7b7e\u7528 \u3001 \u9017\u53f7\u6216\u7a7a\u683c\u5206\u9694", None))
#if QT_CONFIG(tooltip)
        self.shareableCheck.setToolTip(QCoreApplication.translate("AnnotationEditor", u"\u4e0d\u52fe\u9009\uff1a\u4ec5\u672c\u5355\u4f4d\u5185\u90e8\u53ef\u89c1\uff1b\u52fe\u9009\uff1a\u53ef\u968f\u53f0\u8d26\u5171\u4eab\u7ed9\u5176\u4ed6\u5355\u4f4d", None))
#endif // QT_CONFIG(tooltip)
        self.shareableCheck.setText(QCoreApplication.translate("AnnotationEditor", u"\u53ef\u5171\u4eab", None))
        self.deleteButton.setText(QCoreApplication.translate("AnnotationEditor", u"\u5220\u9664", None))
        self.cancelButton.setText(QCoreApplication.translate("AnnotationEditor", u"\u53d6\u6d88", None))
        self.saveButton.setText(QCoreApplication.translate("AnnotationEditor", u"\u4fdd\u5b58", None))
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bulk_edit_bar.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QWidget)
class Ui_BulkEditBar(object):
    def setupUi(self, BulkEditBar):
        if not BulkEditBar.objectName():
            BulkEditBar.setObjectName(u"BulkEditBar")
        BulkEditBar.resize(900, 40)
        self.barLayout = QHBoxLayout(BulkEditBar)
        self.barLayout.setObjectName(u"barLayout")
        self.barLayout.setContentsMargins(0, 0, 0, 0)
        self.selectionLabel = QLabel(BulkEditBar)
        self.selectionLabel.setObjectName(u"selectionLabel")

        self.barLayout.addWidget(self.selectionLabel)

        self.statusLabel = QLabel(BulkEditBar)
        self.statusLabel.setObjectName(u"statusLabel")

        self.barLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(BulkEditBar)
        self.statusCombo.setObjectName(u"statusCombo")

        self.barLayout.addWidget(self.statusCombo)

        self.dueCheck = QCheckBox(BulkEditBar)
        self.dueCheck.setObjectName(u"dueCheck")

        self.barLayout.addWidget(self.dueCheck)

        self.dueEdit = QDateEdit(BulkEditBar)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setEnabled(False)
        self.dueEdit.setCalendarPopup(True)

        self.barLayout.addWidget(self.dueEdit)

        self.ownerLabel = QLabel(BulkEditBar)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.barLayout.addWidget(self.ownerLabel)

        self.ownerEdit = QLineEdit(BulkEditBar)
        self.ownerEdit.setObjectName(u"ownerEdit")
        self.ownerEdit.setMaximumSize(QSize(220, 16777215))

        self.barLayout.addWidget(self.ownerEdit)

        self.applyButton = QPushButton(BulkEditBar)
        self.applyButton.setObjectName(u"applyButton")
        self.applyButton.setEnabled(False)

        self.barLayout.addWidget(self.applyButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.spacer)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.ownerLabel.setBuddy(self.ownerEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BulkEditBar)
        self.dueCheck.toggled.connect(self.dueEdit.setEnabled)
    # setupUi

    def retranslateUi(self, BulkEditBar):
        BulkEditBar.setWindowTitle(QCoreApplication.translate("BulkEditBar", u"\u6279\u91cf\u4fee\u6539", None))
        self.selectionLabel.setText(QCoreApplication.translate("BulkEditBar", u"\u5df2\u9009 0 \u9879", None))
        self.statusLabel.setText(QCoreApplication.translate("BulkEditBar", u"\u72b6\u6001", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("BulkEditBar", u"\u9009\u201c\u4e0d\u6539\u201d\u5219\u4fdd\u7559\u5404\u9879\u539f\u72b6\u6001", None))
#endif // QT_CONFIG(tooltip)
        self.dueCheck.setText(QCoreApplication.translate("BulkEditBar", u"\u5b8c\u6210\u65f6\u9650", None))
#if QT_CONFIG(tooltip)
        self.dueCheck.setToolTip(QCoreApplication.translate("BulkEditBar", u"\u52fe\u9009\u540e\u628a\u6240\u9009\u5404\u9879\u7684\u5b8c\u6210\u65f6\u9650\u6539\u4e3a\u53f3\u8fb9\u7684\u65e5\u671f", None))
#endif // QT_CONFIG(tooltip)
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("BulkEditBar", u"yyyy-MM-dd", None))
        self.ownerLabel.setText(QCoreApplication.translate("BulkEditBar", u"\u8d23\u4efb\u4eba", None))
        self.ownerEdit.setPlaceholderText(QCoreApplication.translate("BulkEditBar", u"\u7559\u7a7a\u5219\u4e0d\u6539", None))
        self.applyButton.setText(QCoreApplication.translate("BulkEditBar", u"\u5e94\u7528\u5230\u6240\u9009", None))
    # retranslateUi


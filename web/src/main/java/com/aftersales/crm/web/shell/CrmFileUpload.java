package com.aftersales.crm.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.util.FileUploadUtils;

/**
 * Every {@code p:fileUpload} of the portal (registered in faces-config for PrimeFaces' component type). PrimeFaces
 * refuses a file name with characters like {@code <} or {@code >} under the summary "File Error", in English and
 * without saying what is wrong; the same refusal here names the file and the problem in the user's language.
 */
public class CrmFileUpload extends FileUpload {

    @Override
    public void validateFilename(FacesContext context, UploadedFile file) {
        try {
            FileUploadUtils.requireValidFilename(context, file.getFileName());
        } catch (ValidatorException invalid) {
            setValid(false);
            String text = Messages.text("upload.error.fileName", file.getFileName());
            context.addMessage(getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }
}
